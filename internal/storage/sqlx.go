package storage

// The few pieces of SQL that SQLite and PostgreSQL spell differently,
// where one query serves both otherwise.

// indexedBy returns SQLite's INDEXED BY clause for index, which pins
// the plan that makes a query fast there; PostgreSQL has no such hint
// and plans these queries well by itself.
func (d dialect) indexedBy(index string) string {
	if d == postgresDialect {
		return ""
	}
	return " INDEXED BY " + index
}

// orderedJoin returns the join that walks its left table first. On SQLite
// that is CROSS JOIN (which keeps the loop order, so that an index gives
// the order and a LIMIT stops the walk); PostgreSQL's CROSS JOIN takes no
// ON clause and its planner orders joins by itself, so it gets JOIN.
func (d dialect) orderedJoin() string {
	if d == postgresDialect {
		return "JOIN"
	}
	return "CROSS JOIN"
}

// like returns the operator that matches a LIKE pattern with ASCII
// letters in either case, as SQLite's LIKE does: ILIKE on PostgreSQL,
// whose LIKE is case-sensitive. Under the columns' C collation ILIKE
// folds only ASCII letters, as SQLite does.
func (d dialect) like() string {
	if d == postgresDialect {
		return "ILIKE"
	}
	return "LIKE"
}

// nocaseEq returns the condition that column equals the text of
// parameter param (a "?N") with ASCII letters folded, as SQLite's
// COLLATE NOCASE compares. On PostgreSQL it is lower() under the C
// collation (which folds only ASCII letters, and is the expression of the
// entities_name index); the parameter is given that collation too, since
// the database's default may fold other letters as well.
func (d dialect) nocaseEq(column, param string) string {
	if d == postgresDialect {
		return "lower(" + column + ") = lower(" + param + `::text COLLATE "C")`
	}
	return column + " = " + param + " COLLATE NOCASE"
}
