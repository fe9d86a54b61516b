package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.json.JsonMapper;

/** Stores task data as JSON, readable in the database and free of Java serialisation's risks. */
final class JsonTaskDataSerializer implements Serializer {

    private final JsonMapper json;

    JsonTaskDataSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return serialized == null ? null : json.readValue(serialized, type);
    }
}
