/** Roll-ups and dashboards: figures per hamlet, commune and province, drillable to the people behind them. */
@NullMarked
package vn.kynangso.reports;

import org.jspecify.annotations.NullMarked;
