/**
 * Care visits (关爱探访) to elderly people in hardship and children in difficulty: the roster of visit targets, tiers
 * as data, one {@code care-visit} process instance per planned visit, the five-dimension record, children's colour
 * level, emergencies opening an intake request, coverage per station.
 */
package org.socialwork.flow.care;
