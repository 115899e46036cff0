package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.IdentityMirror;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.venture.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Spring MVC maps (read at run time from the handler mapping, so a new endpoint cannot be forgotten) ×
 * seven identities, each called with the ids of real objects of 西坝河北里 (xbhbl) made for this run. The expected
 * status class of each cell is in {@link #TABLE}; a mapped route missing from the table fails
 * {@link #everyMappedRouteIsInTheTable()}. Nothing answers 5xx, and nothing another station's worker gets with 2xx
 * contains this run's xbhbl objects.
 *
 * <p>Letters: {@code A} allowed (2xx, or a redirect that is not to the login page); {@code x} refused (anonymous:
 * 401 on the JSON door, a redirect to the login page on the page door; signed in: 403 or 404); {@code 4} a 4xx other
 * than that (the empty body or the missing parameter of the probe is refused before anything is stored);
 * {@code -} not called (the identity may do it and it would change data; its own tests cover it).
 * State-changing routes are called with an empty JSON object, an empty form or one small PNG, with a CSRF token.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

  /** The column of this run's volunteer login of xbhbl (made through {@code POST /api/volunteers}). */
  static final String VOLUNTEER = "volunteer";
  /** The column of this run's organisation login (linked through {@code POST /api/organizations/{id}/members}). */
  static final String ORGANIZATION = "organization";
  /** The identities whose 2xx answers must not contain this run's xbhbl objects (except those {@link #allowed}). */
  static final Set<String> OUTSIDERS = Set.of("sjl-worker", VOLUNTEER, ORGANIZATION);

  /** Column order of {@link #TABLE}. {@code null}: anonymous. */
  static final List<String> IDENTITIES = Arrays.asList(null, "xbhbl-worker", "xbhbl-supervisor", "sjl-worker",
      "mentor", "leader", "admin", VOLUNTEER, ORGANIZATION);

  /**
   * Method, route as mapped, then anonymous, xbhbl worker, xbhbl supervisor, sjl worker (another station), mentor,
   * leading group, administrator, this run's volunteer login of xbhbl (V), this run's organisation login (G, of the
   * organisation serving xbhbl that made this run's application); optionally a query string the route is called with.
   */
  static final String TABLE = """
      # method route                                                  anon W  S  O  M  L  A  V  G  query
      GET    /                                                          x A A A A A A A A
      GET    /login                                                     A A A A A A A A A
      GET    /error                                                     4 x x x x x x x x
      GET    /account                                                   x A A A A A A A A
      GET    /account/password                                          x A A A A A A A A
      POST   /account/password                                          x 4 4 4 4 4 4 4 4
      GET    /api/account                                               x A A A A A A A A
      POST   /api/account/password                                      x 4 4 4 4 4 4 4 4
      GET    /v3/api-docs                                               x A A A A A A A A
      GET    /v3/api-docs.yaml                                          x A A A A A A A A
      # tasks and starting processes: the screening task is the xbhbl workers' (candidates), nobody else's
      GET    /tasks                                                     x A A A A A A A A
      GET    /tasks/{taskId}                                            x A x x x x x x x
      POST   /tasks/{taskId}                                            x 4 x x x x x x x
      POST   /tasks/{taskId}/claim                                      x - x x x x x x x
      POST   /tasks/{taskId}/unclaim                                    x - x x x x x x x
      GET    /api/tasks                                                 x A A A A A A A A
      GET    /api/tasks/{taskId}                                        x A x x x x x x x
      POST   /api/tasks/{taskId}/claim                                  x - x x x x x x x
      POST   /api/tasks/{taskId}/complete                               x 4 x x x x x x x
      POST   /api/tasks/{taskId}/unclaim                                x - x x x x x x x
      GET    /start                                                     x A A A A A A A A
      GET    /start/{processKey}                                        x A x A x x x x x
      POST   /start/{processKey}                                        x - x 4 x x x x x  # sjl: 422 naming the station
      GET    /api/processes                                             x A A A A A A A A
      GET    /api/processes/{processKey}                                x A x A x x x x x
      POST   /api/processes/{processKey}/start                          x - x 4 x x x x x  # sjl: 400 naming stationCode
      # cases
      GET    /cases                                                     x A A A A A A A A
      GET    /cases/{caseNo}                                            x A A x A A A x x
      GET    /cases/{caseNo}/print                                      x A A x A A A x x
      POST   /cases/{caseNo}/notes                                      x A A x x x x x x  # W/S: the case is at intake, takes no notes: back with the conflict notice
      GET    /cases/reassign                                            x x A x x x x x x
      POST   /cases/reassign                                            x x 4 x x x x x x  station=xbhbl
      GET    /cases/reassign/{id}                                       x x A x x x x x x
      GET    /api/cases                                                 x A A A A A A A A
      GET    /api/cases/{caseNo}                                        x A A x A A A x x
      POST   /api/cases/{caseNo}/notes                                  x 4 4 x x x x x x
      # care visits
      GET    /care                                                      x A A A A A A A A
      GET    /care/coverage                                             x A A A A A A A A
      GET    /care/targets                                              x A A A A A A A A
      GET    /care/targets/new                                          x A A A x x x x x
      POST   /care/targets                                              x - - 4 x x x x x  # sjl: 422, the form again naming the station
      GET    /care/targets/{id}                                         x A A x A A A x x
      POST   /care/targets/{id}/tier                                    x 4 4 x x x x x x
      POST   /care/targets/{id}/major-change                            x 4 4 x x x x x x
      POST   /care/weather-alert                                        x x - x x - - x x
      GET    /care/visits/{id}                                          x A A x A A A x x
      POST   /care/visits/{id}                                          x 4 4 x x x x x x
      POST   /care/visits/{id}/need                                     x A A x x x x x x  # not recorded yet: back with its message
      GET    /care/tiers                                                x A A A A A A A A
      POST   /care/tiers/{code}                                         x x x x x x 4 x x
      POST   /care/categories/{code}                                    x x x x x x - x x
      GET    /api/care/categories                                       x A A A A A A A A
      GET    /api/care/stats                                            x A A A A A A A A
      GET    /api/care/targets                                          x A A A A A A A A
      POST   /api/care/targets                                          x - - 4 x x x x x  # sjl: 400 naming stationCode (not one of theirs)
      GET    /api/care/targets/{id}                                     x A A x A A A x x
      POST   /api/care/targets/{id}/tier                                x 4 4 x x x x x x
      POST   /api/care/targets/{id}/major-change                        x 4 4 x x x x x x
      POST   /api/care/weather-alert                                    x x - x x - - x x
      GET    /api/care/tiers                                            x A A A A A A A A
      PUT    /api/care/tiers/{code}                                     x x x x x x 4 x x
      GET    /api/care/visits/{id}                                      x A A x A A A x x
      POST   /api/care/visits/{id}/record                               x 4 4 x x x x x x
      GET    /api/care/week                                             x A A A A A A A A
      # pairing with a volunteer: the station's staff (probe: no volunteerNo, 422/400); the volunteer login's own list
      POST   /care/targets/{id}/volunteer                               x 4 4 x x x x x x
      POST   /care/targets/{id}/volunteer/end                           x - - x x x x x x
      POST   /api/care/targets/{id}/volunteer                           x 4 4 x x x x x x
      DELETE /api/care/targets/{id}/volunteer                           x - - x x x x x x
      GET    /care/paired                                               x A A A A A A A A
      GET    /api/care/paired                                           x A A A A A A A A
      # the roster import: the station's workers and supervisors upload (the probe has no station: 422/400 naming it)
      GET    /care/import                                               x A A A A A A A A
      POST   /care/import                                               x 4 4 4 x x x x x
      GET    /care/import/{id}                                          x A A x A A A x x
      POST   /api/care/import                                           x 4 4 4 x x x x x
      GET    /api/care/import/{id}                                      x A A x A A A x x
      GET    /api/care/import/template.xlsx                             x A A A A A A A A
      # volunteer import: the stations' staff (not a volunteer or an organisation); importers: workers, supervisors
      GET    /volunteer/import                                          x A A A A A A x x
      POST   /volunteer/import                                          x 4 4 4 x x x x x
      GET    /volunteer/import/{id}                                     x A A x A A A x x
      POST   /api/volunteers/import                                     x 4 4 4 x x x x x
      GET    /api/volunteers/import/{id}                                x A A x A A A x x
      GET    /api/volunteers/import/template.xlsx                       x A A A A A A A A
      # supervision: the pair of this run is the run's own worker's (not xbhbl-worker's)
      GET    /supervision                                               x A A A A A A A A
      GET    /supervision/pairs/{pairNo}                                x x A x A A A x x
      GET    /supervision/sessions/{id}                                 x x A x A A A x x
      GET    /supervision/supervisees/{username}                        x x A x A A A x x
      GET    /api/supervision                                           x A A A A A A A A
      GET    /api/supervision/action-items                              x A A A A A A A A
      GET    /api/supervision/pairs/{pairNo}                            x x A x A A A x x
      GET    /api/supervision/sessions/{id}                             x x A x A A A x x
      GET    /api/supervision/supervisees/{username}                    x x A x A A A x x
      GET    /api/action-items                                          x A A A A A A A A
      # meetings: district-wide, other stations' report text withheld (a marker checks it)
      GET    /meetings                                                  x A A A A A A A A
      POST   /meetings/open                                             x x x x x - - x x
      POST   /meetings/{month}/close-reporting                          x x x x x - - x x
      GET    /meetings/{month}                                          x A A A A A A A A
      GET    /meetings/{month}/minutes                                  x A A A A A A A A
      GET    /api/meetings                                              x A A A A A A A A
      GET    /api/meetings/{month}                                      x A A A A A A A A
      POST   /api/meetings/open                                         x x x x x - - x x
      POST   /api/meetings/{month}/close-reporting                      x x x x x - - x x
      # inspections (the leading group inspects; the inspection of this run is xbhbl's)
      GET    /inspections                                               x A A A A A A A A
      GET    /inspections/{no}                                          x A A x A A A x x
      GET    /inspections/{no}/report                                   x A A x A A A x x
      POST   /inspections/{no}/scores                                   x x x x x - x x x
      POST   /inspections/{no}/evidence                                 x - - x A - - x x  # mentor: back to the inspection with evidence.error.notNow, nothing stored
      GET    /inspections/evidence/{id}                                 x A A x A A A x x
      GET    /inspections/rectifications                                x A A A A A A A A
      GET    /inspections/export.xlsx                                   x A A A A A A A A
      GET    /inspections/rounds                                        x A A A A A A A A
      POST   /inspections/rounds                                        x x x x x 4 x x x
      GET    /inspections/rounds/{id}                                   x A A A A A A A A
      POST   /inspections/rounds/{id}/decision                          x x x x x 4 x x x
      GET    /inspections/templates                                     x A A A A A A A A
      GET    /inspections/templates/{code}                              x A A A A A A A A
      POST   /inspections/templates/{code}                              x x x x x - - x x
      GET    /api/inspections                                           x A A A A A A A A
      GET    /api/inspections/{no}                                      x A A x A A A x x
      POST   /api/inspections/{no}/scores                               x x x x x - x x x
      POST   /api/inspections/{no}/evidence                             x - - x 4 - - x x  # mentor: 400 evidence.error.notNow
      GET    /api/rectifications                                        x A A A A A A A A
      # dashboard (figures per station, no personal data)
      GET    /dashboard                                                 x A A A A A A A A
      GET    /dashboard/action-items                                    x A A A A A A A A
      GET    /dashboard/cases                                           x A A A A A A A A
      GET    /inspections/dashboard                                     x A A A A A A A A
      GET    /inspections/dashboard/action-items                        x A A A A A A A A
      GET    /inspections/dashboard/cases                               x A A A A A A A A
      GET    /api/dashboard                                             x A A A A A A A A
      # libraries
      GET    /library/needs                                             x x A x A A A x x
      POST   /library/needs/types                                       x x 4 x x 4 4 x x
      GET    /library/projects                                          x A A A A A A A A
      POST   /library/projects                                          x x 4 x x 4 4 x x
      GET    /library/projects/{id}                                     x A A x A A A x x
      POST   /library/projects/{id}                                     x x 4 x x 4 4 x x
      GET    /library/resources                                         x A A A A A A A A
      POST   /library/resources                                         x x 4 x x 4 4 x x
      GET    /library/resources/{id}                                    x x A x x A A x x
      POST   /library/resources/{id}                                    x x 4 x x 4 4 x x
      GET    /api/projects                                              x A A A A A A A A
      GET    /api/projects/{id}                                         x A A x A A A x x
      # the organisation: administrators change it, the leading group reads it
      GET    /admin/organization                                        x x x x x A A x x
      POST   /admin/organization/stations                               x x x x x x - x x
      GET    /admin/organization/stations/{code}                        x x x x x A A x x
      POST   /admin/organization/stations/{code}                        x x x x x x - x x
      GET    /admin/organization/people                                 x x x x x A A x x
      POST   /admin/organization/people                                 x x x x x x - x x
      GET    /admin/organization/people/{username}                      x x x x x A A x x
      POST   /admin/organization/people/{username}                      x x x x x x - x x
      POST   /admin/organization/people/{username}/leave                x x x x x x - x x
      POST   /admin/organization/people/{username}/password-reset       x x x x x x - x x
      POST   /admin/organization/people/{username}/reactivate           x x x x x x - x x
      GET    /admin/organization/import                                 x x x x x A A x x
      POST   /admin/organization/import                                 x x x x x x - x x
      GET    /admin/organization/import/{id}                            x x x x x A A x x
      GET    /api/admin/stations                                        x x x x x A A x x
      POST   /api/admin/stations                                        x x x x x x - x x
      GET    /api/admin/stations/{code}                                 x x x x x A A x x
      PATCH  /api/admin/stations/{code}                                 x x x x x x - x x
      GET    /api/admin/people                                          x x x x x A A x x
      POST   /api/admin/people                                          x x x x x x - x x
      GET    /api/admin/people/{username}                               x x x x x A A x x
      PATCH  /api/admin/people/{username}                               x x x x x x - x x
      GET    /api/admin/people/{username}/holdings                      x x x x x A A x x
      POST   /api/admin/people/{username}/password-reset                x x x x x x - x x
      POST   /api/admin/import                                          x x x x x x - x x
      GET    /api/admin/import/{id}                                     x x x x x A A x x
      GET    /api/admin/import/template.xlsx                            x x x x x A A x x
      GET    /api/admin/import/template-{which:stations|people}.csv     x x x x x A A x x
      # audit: administrators and the leading group
      GET    /admin/audit                                               x x x x x A A x x
      GET    /api/audit                                                 x x x x x A A x x
      # administration of models and logins: administrators only
      GET    /admin/login-throttles                                     x x x x x x A x x
      POST   /admin/login-throttles/lift                                x x x x x x - x x
      POST   /admin/login-throttles/lift-all                            x x x x x x - x x
      GET    /admin/models                                              x x x x x x A x x
      POST   /admin/models                                              x x x x x x - x x
      GET    /admin/processes                                           x x x x x x A x x
      GET    /admin/processes/{key}                                     x x x x x x A x x
      GET    /admin/processes/definitions/{id}                          x x x x x x A x x
      GET    /admin/processes/definitions/{id}/edit                     x x x x x x A x x
      GET    /admin/processes/definitions/{id}/xml                      x x x x x x A x x
      POST   /admin/processes/definitions/{id}/check                    x x x x x x - x x
      POST   /admin/processes/definitions/{id}/impact                   x x x x x x - x x
      POST   /admin/processes/definitions/{id}/deploy                   x x x x x x - x x
      GET    /admin/processes/definitions/{id}/forms/{formKey}          x x x x x x A x x
      POST   /admin/processes/definitions/{id}/forms/{formKey}          x x x x x x - x x
      GET    /admin/processes/migrate                                   x x x x x x 4 x x  source={definition}&target={definition}  # a version to itself: 400
      POST   /admin/processes/migrate                                   x x x x x x - x x
      # no batch of that id (none is made for the matrix): 404 for the administrator too
      GET    /admin/processes/batches/{id}                              x x x x x x x x x
      # notifications: everyone their own; the run's notification is xbhbl-worker's (another's: 404)
      GET    /notifications                                             x A A A A A A A A
      POST   /notifications/{id}/read                                   x A x x x x x x x
      POST   /notifications/read-all                                    x A A A A A A A A
      GET    /account/notifications                                     x A A A A A A A A
      POST   /account/notifications                                     x A A A A A A A A  # empty: no change
      GET    /api/notifications                                         x A A A A A A A A
      POST   /api/notifications/{id}/read                               x A x x x x x x x
      POST   /api/notifications/read-all                                x A A A A A A A A
      GET    /api/notifications/preferences                             x A A A A A A A A
      PUT    /api/notifications/preferences                             x A A A A A A A A  # {}: no change
      # volunteers: station staff manage, district roles read, a volunteer its own record and station's activities
      POST   /api/volunteers                                            x - - 4 x x - x x  # sjl: 400 stationCode
      GET    /api/volunteers                                            x A A A A A A A A
      GET    /api/volunteers/{no}                                       x A A x A A A x x
      POST   /api/volunteers/{no}/corrections                           x x 4 x x x 4 x x
      POST   /api/volunteers/{no}/redemptions                           x 4 4 x x x 4 x x
      GET    /api/volunteer/stats                                       x A A A A A A x x  # staff only
      GET    /volunteer/stats                                           x A A A A A A x x  # staff only
      GET    /volunteer/stats.xlsx                                      x A A A A A A x x  # staff only
      GET    /api/volunteer/teams                                       x A A A A A A A A
      POST   /api/volunteer/teams                                       x - - 4 4 4 - 4 4  # others: 400 stationCode
      POST   /api/volunteer/teams/{id}/members                          x A A x x x A x x  # a member already: no change
      GET    /api/activities                                            x A A A A A A A A
      GET    /api/activities/{no}                                       x A A x A A A A x
      POST   /api/activities/{no}/signups                               x 4 4 x x x 4 x x  # again: 409
      DELETE /api/activities/{no}/signups/{volunteerNo}                 x - - x x x - x x
      GET    /api/activities/{no}/code                                  x A A x x x A x x
      POST   /api/activities/{no}/check-in                              x 4 4 x x x 4 x x  # a wrong code: 400
      POST   /api/activities/{no}/check-out                             x 4 4 x x x 4 x x  # the same
      POST   /api/activities/{no}/hours                                 x 4 4 x x x 4 x x
      POST   /api/activities/{no}/cancel                                x 4 4 x x x 4 x x  # the organiser, supervisors; {}: 400 reason
      # Kuiwen's three lists: the station's staff take the steps, district roles read; {no} is this run's xbhbl need
      GET    /api/volunteer/lists                                       x A A A A A A A A  # V, G: an empty list
      GET    /api/volunteer/needs                                       x A A A A A A A A
      POST   /api/volunteer/needs                                       x 4 4 4 4 4 4 4 4  # {}: 400 stationCode
      GET    /api/volunteer/needs/{no}                                  x A A x A A A x x
      POST   /api/volunteer/needs/{no}/order                            x 4 4 x x x 4 x x  # {}: 400 serviceItemId
      POST   /api/volunteer/needs/{no}/dispatch                         x 4 4 x x x 4 x x  # {}: 400 teamId
      POST   /api/volunteer/needs/{no}/close                            x 4 4 x x x 4 x x  # {}: 400 outcome, satisfaction
      GET    /api/volunteer/services                                    x A A A A A A A A
      POST   /api/volunteer/services                                    x 4 4 4 4 4 4 4 4  # {}: 400 stationCode
      POST   /api/volunteer/services/{id}/active                        x 4 4 x x x 4 x x  # {}: 400 active
      GET    /api/volunteer/resources                                   x A A A A A A A A
      GET    /volunteer/lists                                           x A A A A A A A A  # V, G: sent to /volunteer/me
      GET    /volunteer/needs                                           x A A A A A A A A  # V, G: sent to /volunteer/me
      POST   /volunteer/needs                                           x 4 4 4 4 4 4 4 4  # empty: 422, the form with its messages
      GET    /volunteer/needs/{no}                                      x A A x A A A A A  # V, G: sent to /volunteer/me
      POST   /volunteer/needs/{no}/order                                x A A x x x A x x  # empty: back with its message
      POST   /volunteer/needs/{no}/dispatch                             x A A x x x A x x  # not ordered: back with its message
      POST   /volunteer/needs/{no}/close                                x A A x x x A x x
      GET    /volunteer/services                                        x A A A A A A A A  # V, G: sent to /volunteer/me
      POST   /volunteer/services                                        x 4 4 4 4 4 4 4 4  # empty: 422
      POST   /volunteer/services/{id}/active                            x 4 4 x x x 4 x x  # empty: 400 active
      GET    /volunteer/resources                                       x A A A A A A A A  # V, G: sent to /volunteer/me
      # volunteer certificates: {no} is the volunteer login's own record, its certificate issued by xbhbl-worker
      GET    /api/volunteer/certificates                                x A A A A A A A A  # V, G: an empty list
      GET    /api/volunteers/{no}/certificates                          x A A x A A A A x
      POST   /api/volunteers/{no}/certificates                          x 4 4 x x x 4 4 x  # {}: 400 from, to
      GET    /api/volunteers/{no}/certificates/{certNo}                 x A A x A A A A x
      POST   /api/volunteers/{no}/certificates/{certNo}/issue           x 4 4 x x x 4 x x  # issued already: 409
      POST   /api/volunteers/{no}/certificates/{certNo}/reject          x 4 4 x x x 4 x x  # {}: 400 reason
      POST   /api/volunteers/{no}/certificates/{certNo}/revoke          x x 4 x x x 4 x x  # supervisors; {}: 400 reason
      GET    /api/volunteers/{no}/certificates/{certNo}.pdf             x A A x x x A A x  # the volunteer or the station
      GET    /api/certificates/{certNo}                                 A A A A A A A A A  # public verification
      GET    /verify                                                    A A A A A A A A A
      GET    /verify/{certNo}                                           A A A A A A A A A
      GET    /volunteer/certificates                                    x A A A A A A A A  # V, G: sent to /volunteer/me
      POST   /volunteer/volunteers/{no}/certificates                    x A A x x x A A x  # empty: back with its message
      POST   /volunteer/volunteers/{no}/certificates/{certNo}/issue     x A A x x x A x x  # issued already: its message
      POST   /volunteer/volunteers/{no}/certificates/{certNo}/reject    x A A x x x A x x
      POST   /volunteer/volunteers/{no}/certificates/{certNo}/revoke    x x A x x x A x x
      GET    /volunteer/certificates/settings/{code}                    x x A x x x A x x  # the station's supervisors
      POST   /volunteer/certificates/settings/{code}                    x x - x x x - x x
      GET    /volunteer/certificates/settings/{code}/seal.png           x x A x x x A x x
      # volunteers' own applications: public form and outcome (by this run's application code); the station decides
      GET    /volunteer/join                                            A A A A A A A A A
      POST   /volunteer/join                                            4 4 4 4 4 4 4 4 4  # empty: 422, the form with its messages
      GET    /volunteer/join/status                                     A A A A A A A A A
      POST   /volunteer/join/status                                     A A A A A A A A A  # the run's pending application
      POST   /volunteer/join/activate                                   4 4 4 4 4 4 4 4 4  # pending: 409
      GET    /volunteer/applications                                    x A A A A A A A A  # V, G: sent to /volunteer/me
      POST   /volunteer/applications/{id}/approve                       x - - x x x - x x
      POST   /volunteer/applications/{id}/reject                        x A A x x x A x x  # empty reason: its message
      # volunteer pages: a POST comes back to the activity with the refusal as its message (A), or 404
      GET    /volunteer                                                 x A A A A A A A A
      GET    /volunteer/activities                                      x A A A A A A A A
      GET    /volunteer/activities/{no}                                 x A A x A A A A x
      POST   /volunteer/activities/{no}/signup                          x A A x x x A x x  # again: the conflict notice
      POST   /volunteer/activities/{no}/cancel                          x - - x x x - x x
      POST   /volunteer/activities/{no}/check-in                        x A A x x x A x x  # a wrong code: its message
      POST   /volunteer/activities/{no}/check-out                       x A A x x x A x x
      POST   /volunteer/activities/{no}/hours                           x A A x x x A x x  # not open yet: its notice
      POST   /volunteer/activities/{no}/cancel-activity                 x A A x x x A x x  # empty: back with its message
      GET    /volunteer/activities/{no}/code                            x A A x x x A x x
      GET    /volunteer/volunteers                                      x A A A A A A A A  # V, G: sent to /volunteer/me
      GET    /volunteer/volunteers/{no}                                 x A A x A A A x x
      GET    /volunteer/me                                              x A A A A A A A A
      # micro-venture: the leading group and administrators set rounds and organisations; an organisation its own
      POST   /api/organizations                                         x x x x x 4 4 x x
      GET    /api/organizations/{id}                                    x x x x A A A x A
      POST   /api/organizations/{id}                                    x x x x x 4 4 x x
      POST   /api/organizations/{id}/members                            x x x x x 4 4 x x
      POST   /api/venture/rounds                                        x x x x x 4 4 x x
      GET    /api/venture/rounds/{id}                                   x A A A A A A A A  # applications in scope
      GET    /api/venture/applications/{no}                             x A A x A A A x A
      POST   /api/venture/applications/{no}/objections                  x 4 4 x 4 4 4 x 4
      POST   /api/venture/applications/{no}/agreement                   x x x x x 4 4 x 4  # L (the officer), A, G: 409, not signing yet
      GET    /api/venture/applications/{no}/agreement                   x x x x x A A x A  # the officer, the leading group, admins, the applicant
      # micro-venture pages
      GET    /venture                                                   x A A A A A A A A
      GET    /venture/rounds/{id}                                       x A A A A A A A A
      GET    /venture/applications/{no}                                 x A A x A A A x A
      GET    /venture/applications/{no}/agreement                       x x x x x A A x A
      # the leading group's page forms for organisations and rounds
      GET    /venture/organizations                                     x x x x x A A x x
      GET    /venture/organizations/new                                 x x x x x A A x x
      POST   /venture/organizations                                     x x x x x 4 4 x x
      GET    /venture/organizations/{id}/edit                           x x x x x A A x x
      POST   /venture/organizations/{id}                                x x x x x 4 4 x x
      GET    /venture/rounds/new                                        x x x x x A A x x
      POST   /venture/rounds                                            x x x x x 4 4 x x
      POST   /venture/applications/{no}/activities                      x x x x x A A x A  # L (the officer), A, G: not implementing, back to the page with the notice
      GET    /venture/documents/{id}                                    x A A x A A A x A  # an activity's photo: whoever reads the application
      POST   /api/venture/applications/{no}/activities                  x x x x x 4 4 x 4  # L, A, G: 409, not implementing
      # five-force linkage: the district's staff read in scope; station staff, the leading group and admins record
      GET    /linkage                                                   x A A A A A A x x
      GET    /linkage/linkages                                          x A A A A A A x x
      GET    /linkage/record                                            x A A A x A A x x
      POST   /linkage/record                                            x 4 4 4 x 4 4 x x
      GET    /linkage/donations                                         x A A A A A A x x
      POST   /linkage/donations                                         x 4 4 4 x 4 4 x x
      POST   /linkage/donations/{id}/reversal                           x 4 4 x x 4 4 x x  # xbhbl's entry: sjl and the mentor 404
      GET    /api/linkage                                               x A A A A A A x x
      GET    /api/linkage/linkages                                      x A A A A A A x x
      GET    /api/linkage/subjects                                      x 4 4 4 4 4 4 x x  # no kind named: 400
      POST   /api/linkage/linkages                                      x 4 4 4 x 4 4 x x
      GET    /api/linkage/donations                                     x A A A A A A x x
      POST   /api/linkage/donations                                     x 4 4 4 x 4 4 x x
      POST   /api/linkage/donations/{id}/reversal                       x 4 4 x x 4 4 x x
      """;

  static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityMirror identities;

  @Autowired
  ManagementService management;

  @Autowired
  RepositoryService repository;

  @Autowired
  TaskService tasks;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @LocalServerPort
  int port;

  final Map<String, String> values = new HashMap<>();
  final List<String> markers = new ArrayList<>();
  /** Markers an outsider may see all the same: the volunteer their station's activity, the organisation its own. */
  final Map<String, Set<String>> allowed = new HashMap<>();
  /** The usernames of the {@link #VOLUNTEER} and {@link #ORGANIZATION} columns, made for this run. */
  final Map<String, String> logins = new HashMap<>();
  /** What creating routes are sent instead of an empty body: an xbhbl object, which the probing callers may not make. */
  final Map<String, Map<String, Object>> bodies = new HashMap<>();

  @BeforeAll
  void objectsOfXbhblForThisRun() {
    IntakeFlow api = new IntakeFlow(port);
    String run = Long.toString(System.nanoTime(), 36);
    String clientName = "矩阵" + run;
    var intake = Fixtures.anIntake("xbhbl");
    intake.put("clientName", clientName);
    String caseNo = api.register("xbhbl-worker", intake);
    values.put("caseNo", caseNo);
    values.put("taskId", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"));
    markers.add(caseNo);
    markers.add(clientName);

    String person = "mx-" + run;
    LocalDateTime now = LocalDateTime.now().withNano(0);
    jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES (?, ?, TRUE, ?)",
        person, "矩阵社工" + run, now);
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'WORKER', 'xbhbl')", person);
    identities.ensureUser(new Person(person, "矩阵社工" + run, null, true, now), "demo");
    values.put("username", person);

    Map<String, Object> plan = new HashMap<>(Map.of("inspectionType", "station", "stationCode", "xbhbl",
        "templateCode", "five-haves", "plannedOn", LocalDate.now().toString(), "rectificationDays", 14));
    plan.put("inspectors", List.of("leader"));
    ResponseEntity<String> planned = api.post("leader", "/api/processes/project-inspection/start", plan);
    assertThat(planned.getStatusCode().value()).as(planned.getBody()).isEqualTo(201);
    String inspectionNo = IntakeFlow.json(planned).get("businessKey").asText();
    values.put("no", inspectionNo);
    markers.add(inspectionNo);
    MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
    upload.add("file", new ByteArrayResource(PNG) {
      @Override
      public String getFilename() {
        return "matrix.png";
      }
    });
    api.as("leader").post().uri("/api/inspections/" + inspectionNo + "/evidence")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(upload).retrieve().toEntity(String.class);
    values.put("evidence", first("SELECT MAX(e.id) FROM inspection_evidence e WHERE e.station_code = 'xbhbl'"));

    Map<String, Object> target = new HashMap<>();
    String targetName = "矩阵对象" + run;
    target.put("stationCode", "xbhbl");
    target.put("name", targetName);
    target.put("idNumber", Fixtures.idNumber("19400312"));
    target.put("phone", "13800138000");
    target.put("address", "太阳宫北街 3 号院 2-301");
    target.put("category", "alone");
    target.put("consent", true);
    ResponseEntity<String> created = api.post("xbhbl-worker", "/api/care/targets", target);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String targetId = IntakeFlow.json(created).get("id").asText();
    values.put("target", targetId);
    values.put("visit", first("SELECT MAX(id) FROM care_visit WHERE target_id = " + Long.parseLong(targetId)));
    markers.add(targetName);
    Map<String, Object> another = new HashMap<>(target);
    another.put("idNumber", Fixtures.idNumber("19400313"));
    another.put("name", "越权" + run);
    bodies.put("POST /api/care/targets", another);
    bodies.put("POST /care/targets", another);
    Map<String, Object> secondIntake = Fixtures.anIntake("xbhbl");
    secondIntake.put("clientName", "越权" + run);
    bodies.put("POST /api/processes/{processKey}/start", secondIntake);
    bodies.put("POST /start/{processKey}", secondIntake);

    Map<String, Object> pair = new HashMap<>();
    pair.put("mentor", "mentor");
    pair.put("mentorType", "expert");
    pair.put("supervisee", person);
    pair.put("focus", "矩阵反思" + run);
    pair.put("schedule", "P1M");
    pair.put("firstSession", LocalDate.now().toString());
    pair.put("endDate", LocalDate.now().plusMonths(2).toString());
    ResponseEntity<String> paired = api.post("xbhbl-supervisor", "/api/processes/mentor-supervision/start", pair);
    assertThat(paired.getStatusCode().value()).as(paired.getBody()).isEqualTo(201);
    JsonNode pairJson = IntakeFlow.json(paired);
    String pairNo = pairJson.get("businessKey").asText();
    values.put("pairNo", pairNo);
    markers.add(pairNo);
    Job due = management.createJobQuery().processInstanceId(pairJson.get("processInstanceId").asText())
        .activityId("Timer_SessionDue").singleResult();
    management.executeJob(due.getId());
    values.put("session", first("SELECT MAX(s.id) FROM supervision_session s JOIN supervision_pair p"
        + " ON p.id = s.pair_id WHERE p.pair_no = '" + pairNo + "'"));

    jdbc.update("INSERT INTO reassignment (station_code, from_worker, to_worker, total, done, status, started_by,"
        + " started_at, finished_at) VALUES ('xbhbl', ?, 'xbhbl-worker2', 0, 0, 'DONE', 'xbhbl-supervisor', ?, ?)",
        person, now, now);
    values.put("reassignment", first("SELECT MAX(id) FROM reassignment WHERE from_worker = '" + person + "'"));
    jdbc.update("INSERT INTO demonstration_round (name, template_id, status, opened_by, opened_at)"
        + " SELECT ?, MIN(id), 'OPEN', 'leader', ? FROM inspection_template", "矩阵评选" + run, now);
    values.put("round", first("SELECT MAX(id) FROM demonstration_round"));
    values.put("resource", first("SELECT MIN(id) FROM resource WHERE station_code = 'xbhbl'"));
    values.put("project", first("SELECT MIN(project_id) FROM project_station WHERE station_code = 'xbhbl'"));
    List<Map<String, Object>> reported = jdbc.queryForList("SELECT m.meeting_month, r.issues FROM meeting m"
        + " JOIN meeting_report r ON r.meeting_id = m.id WHERE r.station_code = 'xbhbl' AND r.issues IS NOT NULL"
        + " ORDER BY m.id");
    if (reported.isEmpty()) {
      values.put("month", first("SELECT MIN(meeting_month) FROM meeting"));
    } else {
      // the demo meeting: xbhbl's report text must not reach another station's reader
      values.put("month", reported.get(0).get("meeting_month").toString());
      markers.add(reported.get(0).get("issues").toString());
      // and sjl's report of that meeting: sjl's own worker may read it, a volunteer or an organisation not
      for (Map<String, Object> sjl : jdbc.queryForList("SELECT r.issues FROM meeting m JOIN meeting_report r"
          + " ON r.meeting_id = m.id WHERE r.station_code = 'sjl' AND r.issues IS NOT NULL AND m.meeting_month = ?",
          values.get("month"))) {
        markers.add(sjl.get("issues").toString());
        allowed.put(sjl.get("issues").toString(), Set.of("sjl-worker"));
      }
    }
    values.put("definition", repository.createProcessDefinitionQuery().processDefinitionKey("intake")
        .latestVersion().singleResult().getId());
    values.put("import", importJob(run, now));
    String careImport = java.util.UUID.randomUUID().toString();
    jdbc.update("INSERT INTO import_job (id, filename, status, total_rows, done_rows, changed_rows, started_by,"
        + " created_at, finished_at, kind, scope_code) VALUES (?, ?, 'DONE', 0, 0, 0, 'xbhbl-worker', ?, ?,"
        + " 'care-roster', 'xbhbl')", careImport, "矩阵名册" + run + ".xlsx", now, now);
    values.put("careImport", careImport);
    String volunteerImport = java.util.UUID.randomUUID().toString();
    jdbc.update("INSERT INTO import_job (id, filename, status, total_rows, done_rows, changed_rows, started_by,"
        + " created_at, finished_at, kind, scope_code) VALUES (?, ?, 'DONE', 0, 0, 0, 'xbhbl-worker', ?, ?,"
        + " 'volunteer', 'xbhbl')", volunteerImport, "矩阵志愿者" + run + ".xlsx", now, now);
    values.put("volunteerImport", volunteerImport);
    markers.add("矩阵志愿者" + run);
    markers.add("矩阵名册" + run);
    values.put("batch", "no-such-batch-" + run);
    notificationOfXbhblWorker(api, run);
    volunteersOfXbhbl(api, run);
    ventureOfXbhbl(api, run);
    donationOfXbhbl(api, run);
  }

  /** A donation of money to xbhbl from one of its resource library entries (the reversal routes refuse or take it). */
  private void donationOfXbhbl(IntakeFlow api, String run) {
    String voucher = "矩阵捐-" + run;
    Map<String, Object> donation = new HashMap<>(Map.of("stationCode", "xbhbl", "resourceId",
        Long.parseLong(values.get("resource")), "kind", "MONEY", "amount", 300,
        "donatedOn", LocalDate.now().toString(), "purpose", "矩阵慰问" + run, "voucher", voucher));
    ResponseEntity<String> recorded = api.post("xbhbl-worker", "/api/linkage/donations", donation);
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
    values.put("donation", IntakeFlow.json(recorded).get("id").asText());
    markers.add(voucher);
  }

  /**
   * A notification of xbhbl-worker: the screening task of an intake registered by the station's other worker, given
   * to xbhbl-worker by the engine (an assignment by someone else is told to the assignee).
   */
  private void notificationOfXbhblWorker(IntakeFlow api, String run) {
    var intake = Fixtures.anIntake("xbhbl");
    String clientName = "矩阵通知" + run;
    intake.put("clientName", clientName);
    String caseNo = api.register("xbhbl-worker2", intake);
    markers.add(caseNo);
    markers.add(clientName);
    tasks.setAssignee(api.taskOf("xbhbl-worker2", caseNo, "Task_ScreenIntake"), "xbhbl-worker");
    values.put("notification", first("SELECT MAX(id) FROM notification WHERE recipient = 'xbhbl-worker'"));
    assertThat(values.get("notification")).as("an offer to xbhbl-worker").isNotEqualTo("0");
  }

  /**
   * An xbhbl volunteer (no login) in an xbhbl team and signed up to a published xbhbl activity; and the
   * {@link #VOLUNTEER} login: another xbhbl volunteer, who may see the activity but not the first volunteer.
   */
  private void volunteersOfXbhbl(IntakeFlow api, String run) {
    String name = "矩阵志愿者" + run;
    ResponseEntity<String> registered = api.post("xbhbl-worker", "/api/volunteers", aVolunteer(name));
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
    String volunteerNo = IntakeFlow.json(registered).get("volunteerNo").asText();
    values.put("volunteerNo", volunteerNo);
    bodies.put("POST /api/activities/{no}/signups", Map.of("volunteerNo", volunteerNo));
    markers.add(volunteerNo);
    markers.add(name);

    bodies.put("POST /api/volunteers", aVolunteer("越权志愿者" + run));

    Map<String, Object> login = aVolunteer("矩阵登录" + run);
    login.put("password", "Matrix2026volunteer");
    ResponseEntity<String> withLogin = api.post("xbhbl-worker", "/api/volunteers", login);
    assertThat(withLogin.getStatusCode().value()).as(withLogin.getBody()).isEqualTo(201);
    logins.put(VOLUNTEER, IntakeFlow.json(withLogin).get("username").asText());
    values.put("ownVolunteerNo", IntakeFlow.json(withLogin).get("volunteerNo").asText());

    Map<String, Object> team = new HashMap<>();
    String teamName = "矩阵服务队" + run;
    team.put("name", teamName);
    team.put("kind", "夕阳红");
    team.put("stationCode", "xbhbl");
    team.put("leader", "xbhbl-worker");
    team.put("members", List.of(volunteerNo));
    ResponseEntity<String> teamed = api.post("xbhbl-worker", "/api/volunteer/teams", team);
    assertThat(teamed.getStatusCode().value()).as(teamed.getBody()).isEqualTo(201);
    values.put("team", IntakeFlow.json(teamed).get("id").asText());
    markers.add(teamName);
    Map<String, Object> another = new HashMap<>(team);
    another.put("name", "越权服务队" + run);
    bodies.put("POST /api/volunteer/teams", another);
    bodies.put("POST /api/volunteer/teams/{id}/members", Map.of("volunteerNo", volunteerNo));
    bodies.put("POST /api/activities/{no}/check-in", Map.of("volunteerNo", volunteerNo, "code", "wrong"));
    bodies.put("POST /api/activities/{no}/check-out", Map.of("volunteerNo", volunteerNo, "code", "wrong"));
    for (String step : List.of("signup", "cancel", "check-in", "check-out")) {
      bodies.put("POST /volunteer/activities/{no}/" + step, step.startsWith("check")
          ? Map.of("volunteerNo", volunteerNo, "code", "wrong") : Map.of("volunteerNo", volunteerNo));
    }

    Map<String, Object> activity = new HashMap<>();
    String title = "矩阵读报" + run;
    activity.put("title", title);
    activity.put("content", "陪伴社区老人读报、聊天");
    activity.put("recipients", "独居老人");
    activity.put("place", "西坝河北里社区活动室");
    activity.put("stationCode", "xbhbl");
    activity.put("date", LocalDate.now().plusDays(2).toString());
    activity.put("startTime", "09:00");
    activity.put("endTime", "12:00");
    activity.put("quota", 5);
    ResponseEntity<String> proposed = api.post("xbhbl-worker", "/api/processes/volunteer-activity/start", activity);
    assertThat(proposed.getStatusCode().value()).as(proposed.getBody()).isEqualTo(201);
    String activityNo = IntakeFlow.json(proposed).get("businessKey").asText();
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", activityNo, "Task_ApproveActivity"),
        Map.of("decision", "approve"));
    ResponseEntity<String> signed = api.post("xbhbl-worker", "/api/activities/" + activityNo + "/signups",
        Map.of("volunteerNo", volunteerNo));
    assertThat(signed.getStatusCode().value()).as(signed.getBody()).isEqualTo(201);
    values.put("activityNo", activityNo);
    markers.add(activityNo);
    markers.add(title);
    allowed.put(activityNo, Set.of(VOLUNTEER));
    allowed.put(title, Set.of(VOLUNTEER));

    // a need on xbhbl's list and a service of its services list
    String need = "矩阵需求" + run;
    ResponseEntity<String> raised = api.post("xbhbl-worker", "/api/volunteer/needs", Map.of("stationCode", "xbhbl",
        "source", "STAFF", "description", need));
    assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(201);
    values.put("needNo", IntakeFlow.json(raised).get("needNo").asText());
    markers.add(values.get("needNo"));
    markers.add(need);
    String serviceName = "矩阵服务" + run;
    ResponseEntity<String> service = api.post("xbhbl-worker", "/api/volunteer/services", Map.of("stationCode",
        "xbhbl", "name", serviceName, "category", "为老"));
    assertThat(service.getStatusCode().value()).as(service.getBody()).isEqualTo(201);
    values.put("volunteerService", IntakeFlow.json(service).get("id").asText());
    markers.add(serviceName);

    // a certificate of the volunteer login (public by its number, so neither it nor the name is a marker), and a seal
    String own = values.get("ownVolunteerNo");
    jdbc.update("INSERT INTO volunteer_hours_entry (volunteer_id, hours, source, reason, recorded_by, recorded_at)"
        + " SELECT id, 2, 'CORRECTION', 'matrix', 'test', ? FROM volunteer WHERE volunteer_no = ?",
        LocalDateTime.now().withNano(0), own);
    ResponseEntity<String> requested = api.post("xbhbl-worker", "/api/volunteers/" + own + "/certificates",
        Map.of("from", LocalDate.now().minusDays(1).toString(), "to", LocalDate.now().toString()));
    assertThat(requested.getStatusCode().value()).as(requested.getBody()).isEqualTo(201);
    String certNo = IntakeFlow.json(requested).get("certNo").asText();
    ResponseEntity<String> issued = api.post("xbhbl-worker", "/api/volunteers/" + own + "/certificates/" + certNo
        + "/issue", Map.of());
    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
    values.put("certNo", certNo);

    // a pending application to xbhbl through the public page (no login), its code for the outcome routes
    try {
      MockHttpServletResponse applied = mvc.perform(request(HttpMethod.POST, "/volunteer/join")
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("stationCode", "xbhbl")
          .param("fullName", "矩阵报名" + run).param("idNumber", (String) aVolunteer("x").get("idNumber"))
          .param("phone", "13900139000").param("consent", "true").with(csrf())).andReturn().getResponse();
      String page = applied.getContentAsString(StandardCharsets.UTF_8);
      Matcher code = Pattern.compile("id=\"join-code\">([0-9A-Z-]+)<").matcher(page);
      assertThat(code.find()).as(abbreviated(applied)).isTrue();
      bodies.put("POST /volunteer/join/status", Map.of("code", code.group(1)));
      bodies.put("POST /volunteer/join/activate", Map.of("code", code.group(1), "password", "Matrix2026join",
          "passwordAgain", "Matrix2026join"));
      values.put("volunteerApplication", first("SELECT MAX(id) FROM volunteer_application WHERE station_code = 'xbhbl'"
          + " AND status = 'PENDING'"));
    } catch (Exception e) {
      throw new AssertionError("the public application", e);
    }
    if (jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_certificate_setting WHERE station_code = 'xbhbl'"
        + " AND seal_png IS NOT NULL", Integer.class) == 0) {
      jdbc.update("DELETE FROM volunteer_certificate_setting WHERE station_code = 'xbhbl'");
      jdbc.update("INSERT INTO volunteer_certificate_setting (station_code, seal_png, updated_by, updated_at)"
          + " VALUES ('xbhbl', ?, 'test', ?)", aSeal(), LocalDateTime.now().withNano(0));
    }
  }

  /** A whole PNG (the PDF draws it), unlike {@link #PNG}, which only starts like one. */
  private static byte[] aSeal() {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_ARGB),
          "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> aVolunteer(String name) {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", name);
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current()
        .nextInt(20_000));
    v.put("idNumber", Fixtures.idNumber(birth.format(DateTimeFormatter.BASIC_ISO_DATE)));
    v.put("phone", "13900139000");
    v.put("stationCode", "xbhbl");
    v.put("skills", List.of("陪伴"));
    v.put("consent", true);
    return v;
  }

  /**
   * A social organisation serving xbhbl with the {@link #ORGANIZATION} login, a round, and the organisation's
   * application for xbhbl (waiting for screening).
   */
  private void ventureOfXbhbl(IntakeFlow api, String run) {
    String name = "矩阵社工服务中心" + run;
    Map<String, Object> organization = new HashMap<>(Map.of("name", name, "creditCode", aCreditCode(),
        "legalRepresentative", "张明", "phone", "0564-3361234", "registrationAuthority", "六安市民政局",
        "stationCodes", List.of("xbhbl")));
    ResponseEntity<String> registered = api.post("leader", "/api/organizations", organization);
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
    String id = IntakeFlow.json(registered).get("id").asText();
    values.put("organization", id);
    markers.add(name);
    allowed.put(name, Set.of(ORGANIZATION));

    String username = "mxorg-" + run;
    Map<String, Object> person = new HashMap<>(Map.of("username", username, "fullName", name + "职员",
        "phone", "13800138000", "certification", "SOCIAL_WORKER", "password", "Matrix2026organization",
        "roles", List.of(Map.of("role", "organization"))));
    ResponseEntity<String> made = api.post("admin", "/api/admin/people", person);
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
    ResponseEntity<String> linked = api.post("leader", "/api/organizations/" + id + "/members",
        Map.of("username", username));
    assertThat(linked.getStatusCode().value()).as(linked.getBody()).isEqualTo(201);
    logins.put(ORGANIZATION, username);

    Map<String, Object> round = new HashMap<>();
    round.put("title", "矩阵创投" + run);
    round.put("tracks", List.of("为老", "为小"));
    round.put("totalBudget", 100000);
    round.put("grantRange", Map.of("min", 5000, "max", 20000));
    round.put("criteria", List.of(Map.of("code", "need", "name", "社区需求", "weight", 60),
        Map.of("code", "feasible", "name", "可行性", "weight", 40)));
    round.put("trancheSplit", List.of(50, 30, 20));
    round.put("officer", "leader");
    round.put("reviewers", List.of("mentor"));
    round.put("reserveReviewers", List.of());
    round.put("opensOn", LocalDate.now().minusDays(1).toString());
    round.put("closesOn", LocalDate.now().plusDays(30).toString());
    ResponseEntity<String> opened = api.post("leader", "/api/venture/rounds", round);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    values.put("ventureRound", IntakeFlow.json(opened).get("id").asText());

    Map<String, Object> application = new HashMap<>();
    String project = "矩阵银龄互助" + run;
    application.put("roundId", Long.parseLong(values.get("ventureRound")));
    application.put("projectName", project);
    application.put("track", "为老");
    application.put("stationCode", "xbhbl");
    application.put("targetGroup", "社区独居老人");
    application.put("beneficiaries", 60);
    application.put("activities", "每周两次上门探访，每月一次健康讲座，志愿者结对帮扶");
    application.put("budgetLines", "活动物资=9000\n宣传=2000");
    try {
      MockHttpServletResponse started = mvc.perform(request(HttpMethod.POST, "/api/processes/micro-venture/start")
          .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(application)).with(csrf())
          .with(Staff.as(staff, username))).andReturn().getResponse();
      String body = started.getContentAsString(StandardCharsets.UTF_8);
      assertThat(started.getStatus()).as(body).isEqualTo(201);
      String applicationNo = JSON.readTree(body).get("businessKey").asText();
      values.put("applicationNo", applicationNo);
      markers.add(applicationNo);
      markers.add(project);
      allowed.put(applicationNo, Set.of(ORGANIZATION));
      allowed.put(project, Set.of(ORGANIZATION));
      // a signed agreement on file, so that the download routes have something to refuse or give
      jdbc.update("INSERT INTO venture_document (application_id, kind, file_name, content_type, size_bytes, content,"
          + " uploaded_by, uploaded_at) SELECT id, 'agreement', 'matrix.png', 'image/png', ?, ?, 'leader', ?"
          + " FROM venture_application WHERE application_no = ?", PNG.length, PNG,
          java.time.LocalDateTime.now(), applicationNo);
      // an activity with a photo (as recorded during implementation), so that its download has something to give
      jdbc.update("INSERT INTO venture_activity (application_id, held_on, title, participants, recorded_by, recorded_at)"
          + " SELECT id, ?, '矩阵活动', 12, 'leader', ? FROM venture_application WHERE application_no = ?",
          LocalDate.now(), java.time.LocalDateTime.now(), applicationNo);
      jdbc.update("INSERT INTO venture_document (application_id, activity_id, kind, file_name, content_type, size_bytes,"
          + " content, uploaded_by, uploaded_at) SELECT a.id, v.id, 'activity', 'matrix.png', 'image/png', ?, ?, 'leader', ?"
          + " FROM venture_application a JOIN venture_activity v ON v.application_id = a.id WHERE a.application_no = ?",
          PNG.length, PNG, java.time.LocalDateTime.now(), applicationNo);
      values.put("ventureDocument", first("SELECT MAX(d.id) FROM venture_document d JOIN venture_application a"
          + " ON a.id = d.application_id WHERE d.kind = 'activity' AND a.application_no = '" + applicationNo + "'"));
    } catch (Exception e) {
      throw new AssertionError("the organisation's application", e);
    }
  }

  /** A valid unified social credit code (GB 32100) not used before: random body, the check character that fits. */
  private static String aCreditCode() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    var random = ThreadLocalRandom.current();
    StringBuilder b = new StringBuilder("52341500");
    for (int i = 0; i < 9; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    for (char c : alphabet.toCharArray()) {
      if (CreditCode.isValid(b.toString() + c)) {
        return b.toString() + c;
      }
    }
    throw new AssertionError("no check character for " + b);
  }

  /** A finished import job of this run that changed nothing (a rejected file stores no job). */
  private String importJob(String run, LocalDateTime now) {
    String id = java.util.UUID.randomUUID().toString();
    jdbc.update("INSERT INTO import_job (id, filename, status, total_rows, done_rows, changed_rows, started_by,"
        + " created_at, finished_at) VALUES (?, ?, 'DONE', 0, 0, 0, 'admin', ?, ?)", id, "matrix-" + run + ".csv",
        now, now);
    return id;
  }

  private String first(String sql) {
    Object v = jdbc.queryForObject(sql, Object.class);
    return v == null ? "0" : v.toString();
  }

  /** Mapped routes as "METHOD /pattern", each with its handler. */
  Map<String, HandlerMethod> mappedRoutes() {
    Map<String, HandlerMethod> routes = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Set<String> methods = new TreeSet<>();
      e.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("GET");
      }
      for (String pattern : e.getKey().getPatternValues()) {
        for (String method : methods) {
          routes.put(method + " " + pattern, e.getValue());
        }
      }
    }
    return routes;
  }

  record Row(String method, String pattern, String expected, String query) {
    String key() {
      return method + " " + pattern;
    }
  }

  static Map<String, Row> table() {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : TABLE.split("\n")) {
      String content = line.contains(" #") ? line.substring(0, line.indexOf(" #")) : line;
      String[] cells = content.trim().split("\\s+");
      if (cells.length < 2 || cells[0].startsWith("#")) {
        continue;
      }
      String expected = String.join("", Arrays.copyOfRange(cells, 2, 2 + IDENTITIES.size()));
      String query = cells.length > 2 + IDENTITIES.size() ? cells[2 + IDENTITIES.size()] : "";
      Row row = new Row(cells[0], cells[1], expected, query);
      assertThat(rows.put(row.key(), row)).as("twice in the table: " + row.key()).isNull();
    }
    return rows;
  }

  @Test
  void everyMappedRouteIsInTheTable() {
    Set<String> mapped = mappedRoutes().keySet();
    Map<String, Row> table = table();
    assertThat(mapped).as("mapped routes missing from AuthorizationMatrixTests.TABLE (add them with what each"
        + " identity may do)").isSubsetOf(table.keySet());
    assertThat(table.keySet()).as("rows of AuthorizationMatrixTests.TABLE no longer mapped").isSubsetOf(mapped);
    table.values().forEach(r -> assertThat(r.expected()).as(r.key()).matches("[Ax4-]{" + IDENTITIES.size() + "}"));
  }

  @Test
  void everyIdentityGetsWhatTheTableSaysAndNothingAnswers5xx() throws Exception {
    Map<String, Row> table = table();
    List<String> failures = new ArrayList<>();
    StringBuilder observed = new StringBuilder();
    int calls = 0;
    for (Map.Entry<String, HandlerMethod> route : mappedRoutes().entrySet()) {
      String[] mp = route.getKey().split(" ", 2);
      Row row = table.getOrDefault(route.getKey(), new Row(mp[0], mp[1], null, ""));
      boolean safe = Set.of("GET", "HEAD", "OPTIONS").contains(row.method());
      String path = path(row.pattern()) + (row.query().isEmpty() ? "" : "?" + path(row.query()));
      StringBuilder seen = new StringBuilder();
      StringBuilder statuses = new StringBuilder();
      for (int i = 0; i < IDENTITIES.size(); i++) {
        String who = IDENTITIES.get(i);
        char expected = row.expected() == null ? (safe || who == null || OUTSIDERS.contains(who) ? '?' : '-')
            : row.expected().charAt(i);
        if (expected == '-') {
          seen.append('-');
          statuses.append(" -");
          continue;
        }
        calls++;
        MockHttpServletResponse response = call(row.method(), path, route.getValue(), who,
            bodies.get(route.getKey()));
        int status = response.getStatus();
        statuses.append(' ').append(status);
        char got = letter(row.pattern(), who, response);
        seen.append(got);
        String cell = row.method() + " " + path + " as " + (who == null ? "anonymous" : who) + ": " + status;
        if (status >= 500) {
          failures.add(cell + " (5xx) " + abbreviated(response));
        } else if (expected != '?' && got != expected) {
          failures.add(cell + ", expected " + expected + " got " + got + " " + abbreviated(response));
        }
        if (who != null && OUTSIDERS.contains(who) && status < 300) {
          String body = response.getContentAsString(StandardCharsets.UTF_8);
          markers.stream().filter(body::contains).filter(m -> !allowed.getOrDefault(m, Set.of()).contains(who))
              .forEach(m -> failures.add(cell + " shows xbhbl's " + m));
        }
      }
      observed.append(String.format("      %-6s %-58s %s%s   #%s%n", row.method(), row.pattern(),
          String.join(" ", seen.toString().split("")), row.query().isEmpty() ? "" : " " + row.query(), statuses));
    }
    Path out = Path.of("target", "authorization-matrix.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "# " + calls + " calls; values " + values + "\n" + observed, StandardCharsets.UTF_8);
    assertThat(failures).as("cells that differ from AuthorizationMatrixTests.TABLE (observed table in " + out + ")")
        .isEmpty();
  }

  /**
   * What the matrix's ids do not show: the volunteer login reads its own record (and not the run's other xbhbl
   * volunteer), the organisation login its own organisation and application, both in the page and the JSON door.
   */
  @Test
  void theVolunteerReadsTheirOwnRecordAndTheOrganisationItsOwnApplication() throws Exception {
    String own = values.get("ownVolunteerNo");
    String other = values.get("volunteerNo");
    assertThat(read(VOLUNTEER, "/api/volunteers/" + own)).contains(own).doesNotContain(other);
    assertThat(read(VOLUNTEER, "/volunteer/me")).contains(own).doesNotContain(other);
    assertThat(read(VOLUNTEER, "/api/volunteers")).doesNotContain(other);
    assertThat(read(VOLUNTEER, "/api/activities")).contains(values.get("activityNo"));
    String application = values.get("applicationNo");
    assertThat(read(ORGANIZATION, "/api/venture/applications/" + application)).contains(application);
    assertThat(read(ORGANIZATION, "/api/organizations/" + values.get("organization")))
        .contains(values.get("organization"));
    assertThat(read(ORGANIZATION, "/venture")).contains(application);
    assertThat(read(VOLUNTEER, "/api/venture/rounds/" + values.get("ventureRound"))).doesNotContain(application)
        .doesNotContain("\"reviewers\"");
    assertThat(read(ORGANIZATION, "/api/venture/rounds/" + values.get("ventureRound"))).doesNotContain("\"reviewers\"");
  }

  /** The body of a 200 the identity gets; fails on any other status. */
  private String read(String who, String path) throws Exception {
    MockHttpServletResponse r = mvc.perform(request(HttpMethod.GET, path).with(Staff.as(staff, logins.get(who))))
        .andReturn().getResponse();
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getStatus()).as(who + " " + path + " " + abbreviated(r)).isEqualTo(200);
    return body;
  }

  /**
   * Camunda's REST API (Jersey, outside Spring MVC, so over real HTTP): the task, process-instance and variable
   * reads of this run's xbhbl case are the administrators' alone; station people, the mentor and the leading group
   * get 403 (never a list with xbhbl's data in it), anonymous 401. The webapps' engine API too.
   */
  @Test
  void engineRestReadsOfXbhblsCaseAreForAdministratorsOnly() {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = values.get("caseNo");
    String taskId = values.get("taskId");
    String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    List<String> reads = List.of("/engine-rest/task?processInstanceBusinessKey=" + caseNo,
        "/engine-rest/task/" + taskId, "/engine-rest/task/" + taskId + "/variables",
        "/engine-rest/task/" + taskId + "/form-variables",
        "/engine-rest/process-instance?businessKey=" + caseNo, "/engine-rest/process-instance/" + instance,
        "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/history/task?processInstanceBusinessKey=" + caseNo,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNo,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance);
    List<String> failures = new ArrayList<>();
    for (String path : reads) {
      ResponseEntity<String> anonymous = org.springframework.web.client.RestClient.builder()
          .baseUrl("http://localhost:" + port)
          .defaultStatusHandler(org.springframework.http.HttpStatusCode::isError, (req, res) -> { }).build()
          .get().uri(path).retrieve().toEntity(String.class);
      if (anonymous.getStatusCode().value() != 401) {
        failures.add(path + " anonymous: " + anonymous.getStatusCode().value());
      }
      for (String who : List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor", "leader")) {
        ResponseEntity<String> r = api.get(who, path);
        if (r.getStatusCode().value() != 403) {
          failures.add(path + " as " + who + ": " + r.getStatusCode().value() + " " + r.getBody());
        }
      }
      ResponseEntity<String> admin = api.get("admin", path);
      if (admin.getStatusCode().value() != 200) {
        failures.add(path + " as admin: " + admin.getStatusCode().value());
      }
    }
    assertThat(api.get("admin", "/engine-rest/process-instance?businessKey=" + caseNo).getBody()).contains(instance);
    for (String who : List.of("xbhbl-worker", "sjl-worker")) {
      var signedIn = api.signedIn(who);
      int status = signedIn.get().uri("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + caseNo)
          .retrieve().toEntity(String.class).getStatusCode().value();
      if (status != 403) {
        failures.add("/camunda/api/engine/engine/default/task as " + who + ": " + status);
      }
    }
    assertThat(failures).isEmpty();
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  String path(String pattern) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(pattern, m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The run's xbhbl object a path variable names. */
  String value(String pattern, String variable) {
    return switch (variable) {
      case "no" -> pattern.contains("/certificates") ? values.get("ownVolunteerNo")
          : pattern.contains("/volunteers/") ? values.get("volunteerNo")
          : pattern.contains("/activities/") ? values.get("activityNo")
          : pattern.contains("/applications/") ? values.get("applicationNo")
          : pattern.contains("/needs/") ? values.get("needNo") : values.get("no");
      case "caseNo", "taskId", "pairNo", "month", "username", "definition", "volunteerNo", "activityNo",
           "applicationNo", "certNo" -> values.get(variable);
      case "processKey", "key" -> "intake";
      case "formKey" -> "intake-screen";
      case "which" -> "stations";
      case "code" -> pattern.contains("/tiers/") ? "key" : pattern.contains("/categories/") ? "alone"
          : pattern.contains("/templates/") ? "five-haves" : "xbhbl";
      case "id" -> values.get(idOf(pattern));
      default -> throw new AssertionError("AuthorizationMatrixTests knows no value for {" + variable + "} in "
          + pattern + ": add one to value()");
    };
  }

  private static String idOf(String pattern) {
    if (pattern.contains("/linkage/donations/")) {
      return "donation";
    } else if (pattern.contains("/venture/documents/")) {
      return "ventureDocument";
    }
    if (pattern.contains("/volunteer/applications/")) {
      return "volunteerApplication";
    } else if (pattern.contains("/venture/rounds/")) {
      return "ventureRound";
    } else if (pattern.contains("/organizations/")) {
      return "organization";
    } else if (pattern.contains("/teams/")) {
      return "team";
    } else if (pattern.contains("/volunteer/services/")) {
      return "volunteerService";
    } else if (pattern.contains("/notifications/")) {
      return "notification";
    } else if (pattern.contains("/care/targets/")) {
      return "target";
    } else if (pattern.contains("/care/visits/")) {
      return "visit";
    } else if (pattern.contains("/evidence/")) {
      return "evidence";
    } else if (pattern.contains("/rounds/")) {
      return "round";
    } else if (pattern.contains("/resources/")) {
      return "resource";
    } else if (pattern.contains("/projects/")) {
      return "project";
    } else if (pattern.contains("/reassign/")) {
      return "reassignment";
    } else if (pattern.contains("/sessions/")) {
      return "session";
    } else if (pattern.contains("/definitions/")) {
      return "definition";
    } else if (pattern.contains("/volunteer/import/") || pattern.contains("/volunteers/import/")) {
      return "volunteerImport";
    } else if (pattern.contains("/care/import/")) {
      return "careImport";
    } else if (pattern.contains("/import/")) {
      return "import";
    } else if (pattern.contains("/batches/")) {
      return "batch";
    }
    throw new AssertionError("AuthorizationMatrixTests knows no {id} for " + pattern + ": add one to idOf()");
  }

  MockHttpServletResponse call(String method, String path, HandlerMethod handler, String who,
                               Map<String, Object> body) throws Exception {
    boolean safe = Set.of("GET", "HEAD", "OPTIONS").contains(method);
    boolean upload = Arrays.stream(handler.getMethodParameters())
        .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    boolean json = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    MockHttpServletRequestBuilder r;
    if (upload && !safe) {
      r = multipart(HttpMethod.valueOf(method), path).file(new MockMultipartFile("file", "matrix.png", "image/png", PNG));
    } else {
      r = request(HttpMethod.valueOf(method), path);
      if (json && !safe) {
        r.contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : JSON.writeValueAsString(body));
      } else if (!safe) {
        r.contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (body != null) {
          for (Map.Entry<String, Object> field : body.entrySet()) {
            r.param(field.getKey(), String.valueOf(field.getValue()));
          }
        }
      }
    }
    if (!safe) {
      r.with(csrf());
    }
    if (who != null) {
      r.with(Staff.as(staff, logins.getOrDefault(who, who)));
    }
    try {
      return mvc.perform(r).andReturn().getResponse();
    } catch (Exception e) {
      MockHttpServletResponse failed = new MockHttpServletResponse();
      failed.setStatus(599);
      failed.getWriter().write(String.valueOf(e));
      return failed;
    }
  }

  /** The status class of an answer, as the table writes it. */
  static char letter(String pattern, String who, MockHttpServletResponse response) {
    int status = response.getStatus();
    // the JSON door (SecurityConfiguration's apiChain) answers 401; the page door sends to the login page
    boolean api = pattern.startsWith("/api/") || pattern.equals("/v3/api-docs") || pattern.startsWith("/v3/api-docs/");
    String location = response.getHeader("Location");
    boolean toLogin = status / 100 == 3 && location != null && location.contains("/login");
    if (who == null && (api ? status == 401 : toLogin)) {
      return 'x';
    }
    if (who != null && (status == 403 || status == 404)) {
      return 'x';
    }
    if (status >= 200 && status < 400 && !toLogin) {
      return 'A';
    }
    if (status >= 400 && status < 500) {
      return '4';
    }
    return '5';
  }

  private static String abbreviated(MockHttpServletResponse response) throws IOException {
    String body = response.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }
}
