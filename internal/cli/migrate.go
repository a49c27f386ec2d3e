package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/marsad/marsad/internal/storage"
)

// runMigrate brings the store's schema up to date, as every command does
// when it opens the store, and says which version it is at: for a
// PostgreSQL database that several machines share, an operator runs it
// once before starting new versions of marsad serve and marsad worker.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate", "")
	db := dbFlag(fs)
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	st, err := storage.Open(ctx, *db)
	if errors.Is(err, storage.ErrSchemaTooNew) {
		return fmt.Errorf("%w\n(a newer marsad has migrated this store: upgrade this one; never downgrade a store's schema)", err)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	h, err := st.Health(ctx)
	if err != nil {
		return err
	}
	ms, err := st.Migrations(ctx)
	if err != nil {
		return err
	}
	for _, m := range ms {
		fmt.Fprintf(e.stdout, "%-28s applied %s\n", m.Name, m.Applied.Format(time.RFC3339))
	}
	fmt.Fprintf(e.stdout, "%s: schema version %d (%s), up to date\n", storage.Redact(*db), h.Schema, h.Backend)
	return nil
}

// runMigrateStore copies an embedded store into PostgreSQL (see
// storage.Copy) and verifies the copy.
func runMigrateStore(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate-store", "")
	from := fs.String("from", "", "the store to copy: a SQLite file (required)")
	to := fs.String("to", "", "the store to copy into: a postgres:// URL (required); empty, or holding an interrupted copy of --from")
	batch := fs.Int("batch", 500, "articles per transaction, with their rows")
	verifyOnly := fs.Bool("verify", false, "only compare the two stores, copying nothing")
	quiet := fs.Bool("q", false, "no progress output")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		fs.Usage()
		return errUsage
	}
	if *from == *to {
		return errors.New("--from and --to name the same store")
	}
	src, err := openExisting(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := storage.Open(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	if !*verifyOnly {
		fmt.Fprintf(e.stdout, "copying %s (%s) into %s (%s)\n", storage.Redact(*from), src.Backend(), storage.Redact(*to), dst.Backend())
		start := time.Now()
		var shown time.Time
		res, err := storage.Copy(ctx, dst, src, storage.CopyOptions{BatchSize: *batch, Progress: func(p storage.CopyProgress) {
			if *quiet || time.Since(shown) < time.Second {
				return
			}
			shown = time.Now()
			if p.Total > 0 {
				fmt.Fprintf(e.stderr, "\r%s: %d of %d (id %d)   ", p.Table, p.Rows, p.Total, p.LastID)
			} else {
				fmt.Fprintf(e.stderr, "\r%s: %d   ", p.Table, p.Rows)
			}
		}})
		if !*quiet && !shown.IsZero() {
			fmt.Fprintln(e.stderr)
		}
		if res.ResumedAfter > 0 {
			fmt.Fprintf(e.stdout, "resumed after article %d\n", res.ResumedAfter)
		}
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("interrupted after %d articles: run the same command again to go on where it stopped", res.Articles)
			}
			return fmt.Errorf("%w\n(what was committed is kept: after fixing the cause, run the same command again to go on)", err)
		}
		fmt.Fprintf(e.stdout, "copied %d articles in %s\n", res.Articles, time.Since(start).Round(time.Millisecond))
	}
	checks, err := storage.VerifyCopy(ctx, dst, src)
	printChecks(e.stdout, checks)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "verified: every table has the same rows and checksum in both stores\n")
	return nil
}

// printChecks prints VerifyCopy's comparisons as a table.
func printChecks(w io.Writer, checks []storage.TableCheck) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "table\tsource rows\ttarget rows\tsource checksum\ttarget checksum\t\t")
	for _, c := range checks {
		ok := "ok"
		if !c.OK() {
			ok = "DIFFERS"
		}
		ss, ts := c.SourceSum, c.TargetSum
		if ss == "" && ts == "" {
			ss, ts = "(rows only)", "(rows only)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t\n", c.Table, c.SourceRows, c.TargetRows, ss, ts, ok)
	}
	tw.Flush()
}
