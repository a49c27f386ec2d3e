// Package cli implements marsad's command line: one function per command,
// each parsing its own flags and handing over to the packages that do the work.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// env carries the process's standard streams to the commands.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"extract", "extract the article from HTML pages or text dumps", runExtract},
		{"ingest", "extract and store files, folders and URLs", runIngest},
		{"sources", "the feeds, sitemaps and pages marsad follows (sources add|list|remove|…)", runSources},
		{"search", "full-text search over the store", runSearch},
		{"entities", "the most-mentioned entities in the store", runEntities},
		{"quotes", "who said what: stored quotations by speaker, words and date", runQuotes},
		{"events", "who did what to whom: stored events (PLOVER), deduplicated", runEvents},
		{"stories", "articles about the same happening, across sources and languages", runStories},
		{"crawl", "one pass of the crawler: poll the due sources, fetch, extract, analyse and store their new pages", runCrawl},
		{"enqueue", "queue files, folders and URLs for marsad worker processes", runEnqueue},
		{"worker", "a worker: claim due sources, queued links and documents from the store and process them, until stopped", runWorker},
		{"relations", "cooperation and conflict between two entities, by month", runRelations},
		{"export", "export all events (export events --format tsv|jsonl)", runExport},
		{"analyze", "entities, quotations, amounts and dates of a text", runAnalyze},
		{"list", "list the most recent stored articles", runList},
		{"show", "print one stored article", runShow},
		{"eval", "measure marsad on gold data (eval extract|ner|entities)", runEval},
		{"serve", "serve the web UI and the JSON API over the store", runServe},
		{"demo", "ingest the bundled sample and show what is stored", runDemo},
		{"loadtest", "measure a running marsad serve: latency of search and entity pages", runLoadtest},
		{"replicate", "add copies of every stored article, for load tests at scale", runReplicate},
		{"migrate", "bring the store's schema up to date and print its version", runMigrate},
		{"migrate-store", "copy a SQLite store into PostgreSQL (--from FILE.db --to postgres://…), resumable and verified", runMigrateStore},
	}
}

// errUsage marks an error whose message is a usage text already printed.
var errUsage = errors.New("usage")

// Run runs marsad with args (without the program name) and returns the
// process exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(stderr, "marsad %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "marsad: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: marsad COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-13s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'marsad COMMAND -h' for a command's flags. The store is --db PATH or $MARSAD_DB:")
	fmt.Fprintf(w, "a SQLite file (by default %s) or a postgres:// URL.\n", defaultDB())
}

// newFlags returns a flag set that prints errors and usage to e.stderr.
func newFlags(e *env, name, argsUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet("marsad "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: marsad %s [flags] %s\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args and lets flags follow positional arguments as well
// ("marsad search بوتين --json").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// parseN parses args like parse and requires exactly n positional
// arguments, printing the usage otherwise.
func parseN(fs *flag.FlagSet, args []string, n int) ([]string, error) {
	pos, err := parse(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) != n {
		fs.Usage()
		return nil, errUsage
	}
	return pos, nil
}

// defaultDB is the store used without --db and $MARSAD_DB: marsad.db in the
// user's data directory (XDG_DATA_HOME or ~/.local/share/marsad).
func defaultDB() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "marsad", "marsad.db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "marsad", "marsad.db")
	}
	return "marsad.db"
}

// dbFlag adds --db to fs, defaulting to $MARSAD_DB or defaultDB(). Every
// command that opens the store takes it, and prints the store's name only
// through storage.Redact, which hides a PostgreSQL URL's password.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("MARSAD_DB")
	if def == "" {
		def = defaultDB()
	}
	return fs.String("db", def, "the store: a SQLite file, or a postgres:// URL (env MARSAD_DB)")
}

// parseInputs parses the flags of a command that reads inputs (files,
// directories, URLs, - for stdin) and returns them: at least one, and
// --url (url) only as checkURLFlag allows it. A usage error has been
// reported when it returns errUsage.
func parseInputs(e *env, fs *flag.FlagSet, args []string, url *string) ([]string, error) {
	inputs, err := parse(fs, args)
	if err != nil {
		return nil, err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return nil, errUsage
	}
	if err := checkURLFlag(*url, inputs); err != nil {
		fmt.Fprintln(e.stderr, err)
		return nil, errUsage
	}
	return inputs, nil
}

// checkURLFlag refuses --url unless there is one input read from a file or
// stdin: one address given to several texts would make them all versions
// of one article.
func checkURLFlag(url string, inputs []string) error {
	if url == "" {
		return nil
	}
	if len(inputs) != 1 {
		return fmt.Errorf("--url names one page: give it with exactly one input, not %d", len(inputs))
	}
	if in := inputs[0]; in != "-" {
		if strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
			return errors.New("--url is for files and stdin: a fetched URL is its own address")
		}
		if fi, err := os.Stat(in); err == nil && fi.IsDir() {
			return errors.New("--url names one page: give it with one file, not a folder")
		}
	}
	return nil
}
