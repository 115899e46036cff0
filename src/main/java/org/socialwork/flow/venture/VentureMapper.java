package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/**
 * The venture tables: organisations and their logins, rounds with criteria and reviewers, applications with budget
 * lines, reviews, objections and the ledger. Reads for people take a {@code scope} and the reader's organisation.
 */
@Mapper
interface VentureMapper {

  /** Receives the generated id of an insert. */
  final class Key {
    public Long id;
  }

  // organisations

  void insertOrganization(@Param("o") SocialOrganization organization, @Param("key") Key key);

  void insertOrganizationStation(@Param("organizationId") Long organizationId, @Param("stationCode") String station);

  Optional<SocialOrganization> findOrganization(Long id);

  int countOrganizations();

  boolean creditCodeTaken(String creditCode);

  /** Whether another organisation than {@code id} holds the code. */
  boolean creditCodeTakenByOther(@Param("creditCode") String creditCode, @Param("id") Long id);

  int updateOrganization(@Param("id") Long id, @Param("name") String name, @Param("creditCode") String creditCode,
                         @Param("authority") String registrationAuthority, @Param("legal") String legalRepresentative,
                         @Param("phone") String phone);

  int deleteOrganizationStations(Long organizationId);

  /** One page of the organisations by name (then id). */
  List<SocialOrganization> findOrganizations(@Param("limit") int limit, @Param("offset") int offset);

  List<String> findOrganizationStations(Long organizationId);

  void insertMember(@Param("username") String username, @Param("organizationId") Long organizationId);

  Optional<Long> findMemberOrganization(String username);

  List<String> findMembers(Long organizationId);

  int debar(@Param("id") Long id, @Param("until") LocalDate until, @Param("reason") String reason);

  // rounds

  void insertRound(@Param("r") VentureRound round, @Param("key") Key key);

  void insertCriterion(@Param("roundId") Long roundId, @Param("c") VentureRound.Criterion criterion,
                       @Param("position") int position);

  void insertReviewer(@Param("roundId") Long roundId, @Param("r") VentureRound.Reviewer reviewer,
                      @Param("position") int position);

  Optional<VentureRound> findRound(Long id);

  /** Every round, newest first (a round is a public call). */
  List<VentureRound> findRounds();

  /** The applications of the reader's organisation (an organisation's portal), newest first. */
  List<ApplicationRow> findOwn(@Param("organizationId") Long organizationId);

  List<VentureRound.Criterion> findCriteria(Long roundId);

  List<VentureRound.Reviewer> findReviewers(Long roundId);

  /** The budget guard: raises committed by amount unless that would pass the total budget (1 = done, 0 = not). */
  int commit(@Param("roundId") Long roundId, @Param("amount") BigDecimal amount);

  int release(@Param("roundId") Long roundId, @Param("amount") BigDecimal amount);

  // applications

  void insertApplication(@Param("a") VentureApplication application, @Param("key") Key key);

  void insertBudgetLine(@Param("applicationId") Long applicationId, @Param("item") String item,
                        @Param("amount") BigDecimal amount);

  List<BudgetLine> findBudgetLines(Long applicationId);

  Optional<VentureApplication> findApplication(Long id);

  /** In the reader's scope: their organisation's, or their stations' (district roles: all). */
  Optional<VentureApplication> findApplicationByNo(@Param("no") String applicationNo, @Param("scope") DataScope scope,
                                                   @Param("organizationId") Long organizationId);

  /** The round's applications in the reader's scope, ranked: score descending, then submission. */
  List<ApplicationRow> findRanked(@Param("roundId") Long roundId, @Param("scope") DataScope scope,
                                  @Param("organizationId") Long organizationId);

  /** Applications of an organisation in a round that still stand (not refused, rejected or cancelled). */
  int countStanding(@Param("roundId") Long roundId, @Param("organizationId") Long organizationId);

  void setApplicationProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

  /** Moves the status on only from the expected one (1 = moved, 0 = someone else moved it). */
  int moveStatus(@Param("id") Long id, @Param("from") String from, @Param("to") String to);

  int requestMoreInfo(@Param("id") Long id, @Param("due") LocalDate due, @Param("note") String note);

  int answerMoreInfo(@Param("id") Long id, @Param("note") String note);

  int refuse(@Param("id") Long id, @Param("from") String from, @Param("reason") String reason);

  int setScore(@Param("id") Long id, @Param("score") BigDecimal score);

  int approve(@Param("id") Long id, @Param("amount") BigDecimal amount, @Param("note") String note,
              @Param("postingEndsAt") LocalDateTime postingEndsAt);

  int determine(@Param("id") Long id, @Param("status") String status, @Param("note") String note);

  int sign(@Param("id") Long id, @Param("file") String file, @Param("signedOn") LocalDate signedOn);

  // documents (venture_document): the signed agreement. The content goes in as a stream: the MySQL driver sends a
  // byte[] as hex (twice its size against max_allowed_packet), a stream escaped (about its size)
  void insertDocument(@Param("applicationId") Long applicationId, @Param("kind") String kind,
                      @Param("fileName") String fileName, @Param("contentType") String contentType,
                      @Param("sizeBytes") long sizeBytes, @Param("content") java.io.InputStream content,
                      @Param("uploadedBy") String uploadedBy, @Param("uploadedAt") LocalDateTime uploadedAt);

  /** The application's latest document of that kind (without its bytes). */
  Optional<Document> findLatestDocument(@Param("applicationId") Long applicationId, @Param("kind") String kind);

  DocumentContent findDocumentContent(Long id);

  /** A document's bytes (a record: MyBatis reads a {@code byte[]} result as rows). */
  record DocumentContent(byte[] content) {
  }

  /** A stored document as lists and downloads show it. */
  record Document(Long id, Long applicationId, String kind, String fileName, String contentType, long sizeBytes,
                  String uploadedBy, LocalDateTime uploadedAt) {
  }

  /** Locks the application's row until the transaction ends (payments). */
  Optional<VentureApplication> lockApplication(Long id);

  // reviews

  void insertReview(@Param("applicationId") Long applicationId, @Param("reviewer") String reviewer,
                    @Param("conflict") boolean conflict, @Param("total") BigDecimal total,
                    @Param("comment") String comment, @Param("at") LocalDateTime at);

  void insertReviewScore(@Param("applicationId") Long applicationId, @Param("reviewer") String reviewer,
                         @Param("criterion") String criterion, @Param("score") int score);

  List<Review> findReviews(Long applicationId);

  // objections

  void insertObjection(@Param("applicationId") Long applicationId, @Param("filedBy") String filedBy,
                       @Param("content") String content, @Param("at") LocalDateTime at, @Param("key") Key key);

  List<Objection> findObjections(Long applicationId);

  int decideObjections(@Param("applicationId") Long applicationId, @Param("upheld") boolean upheld,
                       @Param("note") String note, @Param("by") String by, @Param("at") LocalDateTime at);

  // reports and evaluations (V33)

  void insertReport(@Param("r") Report report);

  int countReports(@Param("applicationId") Long applicationId, @Param("stage") String stage);

  /** Evaluates the stage's report that is not evaluated yet (1 = done, 0 = none open). */
  int evaluateReport(@Param("applicationId") Long applicationId, @Param("stage") String stage,
                     @Param("result") String result, @Param("note") String note, @Param("by") String by,
                     @Param("at") LocalDateTime at);

  List<Report> findReports(Long applicationId);

  /** Ends the project: CLOSED (结项) or TERMINATED, from the given status. */
  int end(@Param("id") Long id, @Param("from") String from, @Param("to") String to, @Param("on") LocalDate on,
          @Param("note") String note);

  // ledger

  void insertLedger(@Param("applicationId") Long applicationId, @Param("kind") String kind,
                    @Param("tranche") Integer tranche, @Param("amount") BigDecimal amount,
                    @Param("onDate") LocalDate onDate, @Param("voucher") String voucher, @Param("by") String by,
                    @Param("at") LocalDateTime at);

  List<LedgerEntry> findLedger(Long applicationId);

  BigDecimal paidSum(Long applicationId);

  /** Funded projects (approved and not cancelled) per station in the reader's scope. */
  List<StationCount> countFundedByStation(@Param("scope") DataScope scope);

  /** The venture figures in the reader's scope: applications, funded projects, approved and paid sums. */
  Figures figures(@Param("scope") DataScope scope);

  record StationCount(String stationCode, long count) {
  }

  record Figures(long applications, long funded, long closed, BigDecimal approved, BigDecimal paid) {
  }

  record BudgetLine(String item, BigDecimal amount) {
  }

  /**
   * A report asked for at a stage (MID, FINAL); late ones are stored failed with no content. The activity counts are
   * those of the activities recorded when it was submitted (V42; null for late ones and older reports).
   */
  record Report(Long applicationId, String stage, int attempt, LocalDate dueOn, String content, String activityLog,
                String submittedBy, LocalDateTime submittedAt, boolean late, String result, String evaluation,
                String evaluatedBy, LocalDateTime evaluatedAt, Integer activityCount, Integer participantCount,
                BigDecimal volunteerHours) {
  }

  // activities during implementation (V42)

  void insertActivity(@Param("v") ActivityRecord activity, @Param("key") Key key);

  List<ActivityRecord> findActivities(Long applicationId);

  /** The activities recorded so far: how many, participants and volunteer hours summed. */
  ActivityFigures activityFigures(Long applicationId);

  /** Writes the activity counts of now into the report just submitted. */
  int countActivitiesIntoReport(@Param("applicationId") Long applicationId, @Param("stage") String stage,
                                @Param("attempt") int attempt);

  void insertActivityDocument(@Param("applicationId") Long applicationId, @Param("activityId") Long activityId,
                              @Param("fileName") String fileName, @Param("contentType") String contentType,
                              @Param("sizeBytes") long sizeBytes, @Param("content") java.io.InputStream content,
                              @Param("uploadedBy") String uploadedBy, @Param("uploadedAt") LocalDateTime uploadedAt);

  /** The attachments of an application's activities (without their bytes), in the order they came. */
  List<ActivityDocument> findActivityDocuments(Long applicationId);

  Optional<ActivityDocument> findActivityDocument(Long id);

  /** 活动记录: one activity of a funded project, recorded by its organisation during implementation. */
  record ActivityRecord(Long id, Long applicationId, LocalDate heldOn, String title, int participants,
                        BigDecimal volunteerHours, String content, String recordedBy, LocalDateTime recordedAt) {
  }

  record ActivityFigures(long activities, long participants, BigDecimal volunteerHours) {
  }

  record ActivityDocument(Long id, Long applicationId, Long activityId, String fileName, String contentType,
                          long sizeBytes) {
  }

  record Review(String reviewer, String reviewerName, boolean conflict, BigDecimal total, String comment,
                LocalDateTime reviewedAt) {
  }

  record Objection(Long id, String filedBy, String content, LocalDateTime filedAt, Boolean upheld, String decisionNote,
                   String decidedBy, LocalDateTime decidedAt) {
  }

  record LedgerEntry(String kind, Integer tranche, BigDecimal amount, LocalDate onDate, String voucher,
                     String recordedBy) {
  }

  /** A line of the ranked list. */
  record ApplicationRow(Long id, String applicationNo, String organizationName, String stationCode,
                        String stationName, String projectName, String track, BigDecimal requestedAmount,
                        BigDecimal score, String status, BigDecimal approvedAmount, BigDecimal paid) {
  }
}
