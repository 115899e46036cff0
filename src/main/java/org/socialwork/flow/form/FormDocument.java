package org.socialwork.flow.form;

import java.util.List;

/**
 * A stored record shown read-only — a plan, an assessment, a closure report, a session record — worded by the
 * form that wrote it: its labels and option texts in the reader's language. Approvers read these beside the
 * decision form; the case file and its printout are made of them.
 *
 * @param id          stable id for the page ({@code doc-plan}, {@code doc-closure} …)
 * @param title       heading, already in the reader's language
 * @param meta        who wrote it and when, status (may be null)
 * @param entries     the answers in form order, headings of the form's sections included
 * @param attachments files belonging to the record (evidence photos …)
 */
public record FormDocument(String id, String title, String meta, List<Entry> entries, List<Attachment> attachments) {

  public FormDocument(String id, String title, String meta, List<Entry> entries) {
    this(id, title, meta, entries, List.of());
  }

  /** One answer (label and its worded value) or, with {@code heading}, the title of a section of the form. */
  public record Entry(String label, String value, boolean heading) {

    public static Entry of(String label, String value) {
      return new Entry(label, value, false);
    }
  }

  /** A file of the record; {@code image} files are shown as thumbnails, others as links. */
  public record Attachment(String name, String url, boolean image) {
  }
}
