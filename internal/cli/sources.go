package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/storage"
)

// sourcesCommand is a subcommand of "marsad sources".
type sourcesCommand struct {
	name, args, summary string
	run                 func(ctx context.Context, e *env, args []string) error
}

// sourcesCommands returns the subcommands of "marsad sources".
func sourcesCommands() []sourcesCommand {
	return []sourcesCommand{
		{"add", "[--kind feed|sitemap|page] [--title T] URL…", "follow feeds, sitemaps or pages", runSourcesAdd},
		{"list", "[--json]", "the sources, with their last poll, errors, articles per day and queue", runSourcesList},
		{"remove", "ID|URL…", "stop following sources and drop their waiting links", runSourcesRemove},
		{"enable", "ID|URL…", "poll sources again", runSourcesEnable},
		{"disable", "ID|URL…", "stop polling sources, keeping them", runSourcesDisable},
		{"import-opml", "FILE|-", "follow the feeds of an OPML list", runSourcesImport},
		{"export-opml", "[FILE]", "write the sources as an OPML list (to stdout without FILE)", runSourcesExport},
		{"defaults", "[--off]", "follow marsad's default Arabic news sources, or switch them off", runSourcesDefaults},
	}
}

// runSources manages the sources marsad follows.
func runSources(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		for _, c := range sourcesCommands() {
			if c.name == args[0] {
				return c.run(ctx, e, args[1:])
			}
		}
	}
	fmt.Fprintln(e.stderr, "usage: marsad sources COMMAND [flags] [args]")
	fmt.Fprintln(e.stderr, "\ncommands:")
	for _, c := range sourcesCommands() {
		fmt.Fprintf(e.stderr, "  %-12s %s\n  %-12s   %s\n", c.name, c.args, "", c.summary)
	}
	if len(args) > 0 && args[0] != "-h" && args[0] != "--help" && args[0] != "help" {
		fmt.Fprintf(e.stderr, "\nunknown command %q\n", args[0])
		return errUsage
	}
	if len(args) == 0 {
		return errUsage
	}
	return nil
}

func sourcesFlags(e *env, name string) *flagSet {
	for _, c := range sourcesCommands() {
		if c.name == name {
			fs := newFlags(e, "sources "+name, c.args)
			return &flagSet{FlagSet: fs, db: dbFlag(fs)}
		}
	}
	panic("cli: no sources command " + name)
}

// flagSet is a sources command's flags with --db.
type flagSet struct {
	*flag.FlagSet
	db *string
}

func runSourcesAdd(ctx context.Context, e *env, args []string) error {
	fs := sourcesFlags(e, "add")
	kind := fs.String("kind", "feed", "what the URLs are: feed (RSS, Atom, JSON Feed), sitemap, or page")
	title := fs.String("title", "", "the source's name (by default, the title its feed gives)")
	urls, err := parse(fs.FlagSet, args)
	if err != nil {
		return err
	}
	if len(urls) == 0 {
		fs.Usage()
		return errUsage
	}
	if !feeds.Kind(*kind).Valid() {
		return fmt.Errorf("--kind %q: want feed, sitemap or page", *kind)
	}
	st, err := storage.Open(ctx, *fs.db)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, u := range urls {
		id, added, err := st.AddSource(ctx, storage.Source{URL: u, Kind: *kind, Title: *title})
		if err != nil {
			return err
		}
		if added {
			fmt.Fprintf(e.stdout, "added source %d: %s (%s)\n", id, u, *kind)
		} else {
			fmt.Fprintf(e.stdout, "source %d is already %s\n", id, u)
		}
	}
	return nil
}

// sourceJSON is a source as "sources list --json" prints it.
type sourceJSON struct {
	storage.SourceStatus
	IntervalSeconds int64 `json:"interval_seconds"`
}

func runSourcesList(ctx context.Context, e *env, args []string) error {
	fs := sourcesFlags(e, "list")
	asJSON := fs.Bool("json", false, "print one JSON object per source")
	if _, err := parseN(fs.FlagSet, args, 0); err != nil {
		return err
	}
	st, err := openExisting(ctx, *fs.db)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, s := range list {
			if err := enc.Encode(sourceJSON{s, int64(s.Interval / time.Second)}); err != nil {
				return err
			}
		}
		return nil
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no sources: add some with 'marsad sources add URL' or 'marsad sources defaults'")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tON\tKIND\tEVERY\tLAST SUCCESS\tLAST ERROR\tPER DAY\tQUEUED\tDONE\tFAILED\tSOURCE")
	for _, s := range list {
		on := "on"
		if !s.Enabled {
			on = "off"
		}
		lastErr := "-"
		if s.LastError != "" {
			lastErr = when(s.LastErrorAt) + " " + shorten(s.LastError, 40)
		}
		name := s.URL
		if s.Title != "" {
			name = s.Title + " " + s.URL
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%.1f\t%d\t%d\t%d\t%s\n", s.ID, on, s.Kind, s.Interval,
			when(s.LastSuccess), lastErr, s.ArticlesPerDay, s.Queued, s.Done, s.Failed, name)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	q, err := st.QueueStats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nqueue: %d waiting, %d being fetched, %d done, %d failed\n", q.Queued, q.Claimed, q.Done, q.Failed)
	return nil
}

// when writes a time for a table: "-" for none.
func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04Z")
}

// shorten cuts s to n characters, on one line.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func runSourcesRemove(ctx context.Context, e *env, args []string) error {
	st, refs, err := openForSources(ctx, e, "remove", args)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, r := range refs {
		if err := st.RemoveSource(ctx, r); err != nil {
			if errors.Is(err, storage.ErrNotFound) {
				return fmt.Errorf("no source %s: 'marsad sources list' shows their ids and URLs", r)
			}
			return err
		}
		fmt.Fprintf(e.stdout, "removed source %s\n", r)
	}
	return nil
}

// openForSources parses the flags and the source ids or URLs of the
// subcommand name (at least one) and opens the store.
func openForSources(ctx context.Context, e *env, name string, args []string) (*storage.Store, []string, error) {
	fs := sourcesFlags(e, name)
	refs, err := parse(fs.FlagSet, args)
	if err != nil {
		return nil, nil, err
	}
	if len(refs) == 0 {
		fs.Usage()
		return nil, nil, errUsage
	}
	st, err := openExisting(ctx, *fs.db)
	if err != nil {
		return nil, nil, err
	}
	return st, refs, nil
}

func runSourcesEnable(ctx context.Context, e *env, args []string) error {
	return setSourcesEnabled(ctx, e, "enable", args, true)
}

func runSourcesDisable(ctx context.Context, e *env, args []string) error {
	return setSourcesEnabled(ctx, e, "disable", args, false)
}

func setSourcesEnabled(ctx context.Context, e *env, name string, args []string, on bool) error {
	st, refs, err := openForSources(ctx, e, name, args)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	for _, r := range refs {
		id, ok := findSource(list, r)
		if !ok {
			return fmt.Errorf("no source %s: 'marsad sources list' shows their ids and URLs", r)
		}
		if err := st.SetSourceEnabled(ctx, id, on); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%sd source %d\n", name, id)
	}
	return nil
}

// findSource returns the id of the source ref names, by id or by URL.
func findSource(list []storage.SourceStatus, ref string) (int64, bool) {
	id, err := strconv.ParseInt(ref, 10, 64)
	key := storage.CanonicalURL(ref)
	for _, s := range list {
		if err == nil && s.ID == id || err != nil && s.URL == key {
			return s.ID, true
		}
	}
	return 0, false
}

func runSourcesImport(ctx context.Context, e *env, args []string) error {
	fs := sourcesFlags(e, "import-opml")
	pos, err := parseN(fs.FlagSet, args, 1)
	if err != nil {
		return err
	}
	var r io.Reader = e.stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	outlines, err := feeds.ReadOPML(r)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	st, err := storage.Open(ctx, *fs.db)
	if err != nil {
		return err
	}
	defer st.Close()
	added, had, bad := addOutlines(ctx, e, st, outlines, false)
	fmt.Fprintf(e.stdout, "%d sources added, %d already followed\n", added, had)
	if bad > 0 {
		return fmt.Errorf("%d outlines could not be added (see above)", bad)
	}
	return nil
}

// addOutlines adds outlines as sources, reporting each one that fails on
// stderr. With builtin, they are marsad's defaults: marked so, and
// switched on again when they were switched off.
func addOutlines(ctx context.Context, e *env, st *storage.Store, outlines []feeds.Outline, builtin bool) (added, had, bad int) {
	for _, o := range outlines {
		id, isNew, err := st.AddSource(ctx, storage.Source{URL: o.URL, Kind: o.Kind, Title: o.Title, Builtin: builtin})
		if err != nil {
			fmt.Fprintf(e.stderr, "marsad sources: %v\n", err)
			bad++
			continue
		}
		if isNew {
			added++
			continue
		}
		had++
		if builtin {
			if src, err := st.Source(ctx, id); err == nil && src.Builtin && !src.Enabled {
				if err := st.SetSourceEnabled(ctx, id, true); err != nil {
					fmt.Fprintf(e.stderr, "marsad sources: %v\n", err)
					bad++
				}
			}
		}
	}
	return added, had, bad
}

func runSourcesExport(ctx context.Context, e *env, args []string) error {
	fs := sourcesFlags(e, "export-opml")
	pos, err := parse(fs.FlagSet, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		fs.Usage()
		return errUsage
	}
	st, err := openExisting(ctx, *fs.db)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	var outlines []feeds.Outline
	for _, s := range list {
		outlines = append(outlines, feeds.Outline{Title: s.Title, URL: s.URL, Kind: s.Kind})
	}
	if len(pos) == 0 || pos[0] == "-" {
		return feeds.WriteOPML(e.stdout, "marsad sources", outlines)
	}
	f, err := os.Create(pos[0])
	if err != nil {
		return err
	}
	if err := feeds.WriteOPML(f, "marsad sources", outlines); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %d sources to %s\n", len(outlines), pos[0])
	return nil
}

func runSourcesDefaults(ctx context.Context, e *env, args []string) error {
	fs := sourcesFlags(e, "defaults")
	off := fs.Bool("off", false, "switch the default sources off instead (they stay listed; 'defaults' switches them on again)")
	if _, err := parseN(fs.FlagSet, args, 0); err != nil {
		return err
	}
	st, err := storage.Open(ctx, *fs.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *off {
		list, err := st.Sources(ctx)
		if err != nil {
			return err
		}
		n := 0
		for _, s := range list {
			if s.Builtin && s.Enabled {
				if err := st.SetSourceEnabled(ctx, s.ID, false); err != nil {
					return err
				}
				n++
			}
		}
		fmt.Fprintf(e.stdout, "%d default sources switched off\n", n)
		return nil
	}
	added, had, bad := addOutlines(ctx, e, st, feeds.DefaultSources(), true)
	fmt.Fprintf(e.stdout, "%d default sources added, %d already followed (switched on if they were off)\n", added, had)
	if bad > 0 {
		return fmt.Errorf("%d default sources could not be added (see above)", bad)
	}
	return nil
}
