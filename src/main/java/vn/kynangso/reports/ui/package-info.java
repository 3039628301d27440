/**
 * Screens for the figures of an area: coverage of households per skill, drillable from province to
 * hamlet; the hamlets of my area with their households and people; the work list of households
 * still to help. They show what {@code reports} services compute and hold no rule of their own.
 */
@NullMarked
package vn.kynangso.reports.ui;

import org.jspecify.annotations.NullMarked;
