package app.waymark.bootcamp;

import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;

/**
 * An event recorded after the training: by an event aim ({@code eventAim}, up to 2024-25 starts) or by an EVI FAM
 * on ZPROG001 ({@code eviCode}, from 2025-26 starts). {@code recordedOn} is the aim that carries it.
 */
public record BootcampEvent(LocalDate date, EventAim eventAim, String eviCode, LearnerRecord.Aim recordedOn) {
}
