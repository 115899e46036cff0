package org.socialwork.flow.form;

/**
 * Who fills a form and for which station: dynamic option lists ({@code valuesKey}) are computed from it,
 * so a worker can only pick stations and colleagues within their own scope.
 */
public record FormContext(String username, String stationCode) {
}
