/**
 * Micro public-welfare venture (微公益创投): social organisations and their logins (role ORGANIZATION, each sees
 * only its own organisation), rounds as data set by the leading group, one {@code micro-venture} process instance
 * per application (screening, expert scoring, determination under the round's budget guard, public posting over
 * working days with objections, agreement, tranche payments) and the grant's ledger.
 */
package org.socialwork.flow.venture;
