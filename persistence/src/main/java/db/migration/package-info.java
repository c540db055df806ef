/** Flyway migrations written in Java, where a migration depends on the data or differs by database vendor. */
package db.migration;
