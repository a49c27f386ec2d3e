package storage

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"
)

// dialect is the SQL database a Store runs on. Queries are written once, in
// the SQL both understand, with SQLite's ? and ?N placeholders; on
// PostgreSQL they are rewritten to $N (rebind). What the two do
// differently (full-text search, a few functions) is chosen by dialect
// where it happens.
type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

func (d dialect) String() string {
	if d == postgresDialect {
		return "postgres"
	}
	return "sqlite"
}

// rebound caches rebind's results: queries are few and used many times.
var rebound sync.Map // string → string

// rebind returns query with SQLite's placeholders (? and ?N) written as
// PostgreSQL's ($N). A ? inside a string literal, a quoted identifier or a
// comment is left alone.
func rebind(query string) string {
	if v, ok := rebound.Load(query); ok {
		return v.(string)
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(query[i+1:], c)
			if j < 0 {
				b.WriteString(query[i:])
				i = len(query)
				continue
			}
			b.WriteString(query[i : i+j+2])
			i += j + 1
		case c == '-' && i+1 < len(query) && query[i+1] == '-':
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				j = len(query) - i
			}
			b.WriteString(query[i : i+j])
			i += j - 1
		case c == '?':
			j := i + 1
			for j < len(query) && '0' <= query[j] && query[j] <= '9' {
				j++
			}
			b.WriteByte('$')
			if j > i+1 {
				b.WriteString(query[i+1 : j])
			} else {
				n++
				b.WriteString(strconv.Itoa(n))
			}
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	rebound.Store(query, out)
	return out
}

// sqlDB is a database/sql pool that speaks the Store's dialect: every
// query passes through rebind on PostgreSQL.
type sqlDB struct {
	*sql.DB
	dialect dialect
}

// q returns query as the dialect takes it.
func (d dialect) q(query string) string {
	if d == postgresDialect {
		return rebind(query)
	}
	return query
}

func (d *sqlDB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.DB.ExecContext(ctx, d.dialect.q(query), args...)
}

func (d *sqlDB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.DB.QueryContext(ctx, d.dialect.q(query), args...)
}

func (d *sqlDB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return d.DB.QueryRowContext(ctx, d.dialect.q(query), args...)
}

func (d *sqlDB) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return d.DB.PrepareContext(ctx, d.dialect.q(query))
}

func (d *sqlDB) Exec(query string, args ...any) (sql.Result, error) {
	return d.DB.Exec(d.dialect.q(query), args...)
}

func (d *sqlDB) Query(query string, args ...any) (*sql.Rows, error) {
	return d.DB.Query(d.dialect.q(query), args...)
}

func (d *sqlDB) QueryRow(query string, args ...any) *sql.Row {
	return d.DB.QueryRow(d.dialect.q(query), args...)
}

// BeginTx starts a transaction in the pool's dialect.
func (d *sqlDB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sqlTx, error) {
	tx, err := d.DB.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &sqlTx{Tx: tx, dialect: d.dialect, ctx: ctx}, nil
}

// sqlTx is a transaction that speaks its Store's dialect.
type sqlTx struct {
	*sql.Tx
	dialect dialect
	ctx     context.Context // what the transaction was begun with
}

// Commit commits the transaction. When its context has ended, database/sql
// rolls the transaction back on its own, and Commit, if the rollback came
// first, would say only that the transaction is done: it says why instead
// (context.Canceled, context.DeadlineExceeded), whichever came first.
func (t *sqlTx) Commit() error {
	err := t.Tx.Commit()
	if errors.Is(err, sql.ErrTxDone) && t.ctx.Err() != nil {
		return t.ctx.Err()
	}
	return err
}

func (t *sqlTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.dialect.q(query), args...)
}

func (t *sqlTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.dialect.q(query), args...)
}

func (t *sqlTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.dialect.q(query), args...)
}

func (t *sqlTx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.dialect.q(query))
}
