/**
 * Social work plus volunteer service (社会工作+志愿服务): volunteers with a number of our own, teams, activities
 * ({@code volunteer-activity}: propose → approve → publish → sign-up with quota and waiting list → check-in/out by a
 * short-lived code → hours confirmed for the whole roster → public posting → ledgers → closed), the append-only hours
 * and points ledgers, points rules and star levels as data.
 */
package org.socialwork.flow.volunteer;
