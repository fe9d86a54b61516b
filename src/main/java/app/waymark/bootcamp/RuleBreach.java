package app.waymark.bootcamp;

import app.waymark.base.Sentence;

/** A rule the coding breaks (or a milestone condition it does not meet): why, in plain English, and the fix. */
public record RuleBreach(BootcampRule rule, Sentence why, Sentence fix) {
}
