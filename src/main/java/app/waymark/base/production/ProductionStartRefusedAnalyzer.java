package app.waymark.base.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused production start as the lines an operator acts on, without a stack trace. */
class ProductionStartRefusedAnalyzer extends AbstractFailureAnalyzer<ProductionSettingMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingMissingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix each setting named above (docs/deploying.md lists them all), then start Waymark again.", cause);
    }
}
