package org.socialwork.flow.form;

/** One allowed value of a select, radio or checklist field, with its label in the reader's language. */
public record FormOption(String value, String label) {
}
