/**
 * Five-force linkage (五社联动): which of the five forces (the community, social organisations, social workers,
 * volunteers, charitable resources) take part in each funded venture project, volunteer activity and care-visit
 * pairing, the donation ledger of charitable resources (money or goods from the resource library's entries; append
 * only, corrections as reversing entries) and the 五社联动 view per station and for the district. The subjects are read
 * through the published classes of venture, volunteer and care; the donors through library's.
 */
package org.socialwork.flow.linkage;
