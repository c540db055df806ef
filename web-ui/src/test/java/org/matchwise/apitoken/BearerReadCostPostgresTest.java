package org.matchwise.apitoken;

import org.matchwise.OnPostgres;

/** The same cost of a bearer read on PostgreSQL, where the benchmark (scripts/api-token-benchmark.sh) runs. */
@OnPostgres
class BearerReadCostPostgresTest extends BearerReadCostTest {
}
