package worker_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/cli"
	"github.com/marsad/marsad/internal/pgtest"
	"github.com/marsad/marsad/internal/storage"
)

// mainEnv, when set, makes the test binary run marsad's command line
// instead of the tests: the fault test starts real marsad processes this
// way, without building the binary.
const mainEnv = "MARSAD_WORKER_TEST_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(mainEnv) != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// marsad returns the command that runs marsad with args in a process of
// its own.
func marsad(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), mainEnv+"=1")
	return cmd
}

const (
	faultDocs  = 300 // documents that make an article each
	faultBad   = 5   // documents that cannot (dead letters)
	faultKills = 20
	faultTopUp = 100 // documents added when the queue runs low
)

// TestWorkerSurvivesKill runs two marsad worker processes over a queue of
// documents and kills (SIGKILL) one of them in the middle of a batch 20
// times, restarting it each time; then every document must be done or
// failed with its reason, every article stored exactly once, and the
// rollups consistent. On SQLite, and on PostgreSQL when a server is
// configured (pgtest).
func TestWorkerSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	t.Run("sqlite", func(t *testing.T) { testSurvivesKill(t, filepath.Join(t.TempDir(), "marsad.db")) })
	t.Run("postgres", func(t *testing.T) { testSurvivesKill(t, pgtest.URL(t)) })
}

// faultCorpus writes good documents from, from+1, … from+n-1 and bad
// ones bad documents (numbered from from too) to a JSON file and returns
// its path and the URLs of the good ones.
func faultCorpus(t *testing.T, from, n, bad int) (string, []string) {
	people := []string{"محمد بن سلمان", "عبد الفتاح السيسي", "رجب طيب أردوغان", "إيمانويل ماكرون", "أنطونيو غوتيريش"}
	places := []string{"الرياض", "القاهرة", "أنقرة", "باريس", "نيويورك", "عمّان"}
	var docs []map[string]string
	var urls []string
	for i := from; i < from+n; i++ {
		u := fmt.Sprintf("https://fault.example/news/%d", i)
		urls = append(urls, u)
		p, q := people[i%len(people)], places[i%len(places)]
		docs = append(docs, map[string]string{
			"url":   u,
			"title": fmt.Sprintf("%s يزور %s في الجولة %d", p, q, i),
			"date":  time.Date(2025, 3, 1+i%20, 10, 0, 0, 0, time.UTC).Format(time.RFC3339),
			"content": fmt.Sprintf("قال %s في %s اليوم إن المحادثات في الجولة رقم %d تناولت التعاون الاقتصادي والطاقة.\n"+
				"وأضاف أن وزارة الخارجية ستعلن نتائج الاجتماع رقم %d خلال أيام، بحضور ممثلين عن الأمم المتحدة.", p, q, i, i*7+3),
		})
	}
	for i := from; i < from+bad; i++ {
		docs = append(docs, map[string]string{"url": fmt.Sprintf("https://fault.example/empty/%d", i), "title": "بلا نص"})
	}
	b, err := json.Marshal(docs)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "docs.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, urls
}

// proc is a running marsad worker whose JSON log lines are watched.
type proc struct {
	cmd     *exec.Cmd
	claimed chan struct{} // a value per "worker: claimed" line
	done    chan struct{} // closed when the log ends
	mu      sync.Mutex
	tail    []string
	// batches counts the claims and the batches done that the log told.
	claims, batches int
}

func startWorker(t *testing.T, db string) *proc {
	t.Helper()
	cmd := marsad("worker", "--db", db, "--crawl=false", "--concurrency", "2", "--lease", "2s", "--idle", "100ms",
		"--max-attempts", "10", "--log-format", "json", "-v")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, claimed: make(chan struct{}, 1024), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			var rec struct{ Msg string }
			json.Unmarshal([]byte(line), &rec)
			p.mu.Lock()
			switch rec.Msg {
			case "worker: claimed":
				p.claims++
				p.claimed <- struct{}{}
			case "worker: batch done":
				p.batches++
			}
			p.tail = append(p.tail, line)
			if len(p.tail) > 20 {
				p.tail = p.tail[1:]
			}
			p.mu.Unlock()
		}
	}()
	return p
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.tail, "\n")
}

func testSurvivesKill(t *testing.T, db string) {
	ctx := context.Background()
	start := time.Now()
	corpus, urls := faultCorpus(t, 0, faultDocs, faultBad)
	if out, err := marsad("enqueue", "--db", db, corpus).CombinedOutput(); err != nil {
		t.Fatalf("marsad enqueue: %v\n%s", err, out)
	}
	good := faultDocs // documents that make an article, enqueued so far
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if q, err := st.DocumentStats(ctx); err != nil || q.Queued != faultDocs+faultBad {
		t.Fatalf("after enqueue: %+v, %v; want %d queued", q, err, faultDocs+faultBad)
	}

	workers := []*proc{startWorker(t, db), startWorker(t, db)}
	defer func() {
		for _, p := range workers {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	}()
	held := 0 // kills in the middle of a batch
	for k := range faultKills {
		p := workers[k%2]
		// On a slow machine the worker left running can near the end of
		// the queue before the kills are done: give it more work.
		if q, err := st.DocumentStats(ctx); err == nil && q.Queued < faultTopUp/2 {
			more, moreURLs := faultCorpus(t, good, faultTopUp, 0)
			if out, err := marsad("enqueue", "--db", db, more).CombinedOutput(); err != nil {
				t.Fatalf("marsad enqueue: %v\n%s", err, out)
			}
			good += faultTopUp
			urls = append(urls, moreURLs...)
		}
		select {
		case <-p.claimed:
		case <-p.done:
			t.Fatalf("kill %d: the worker ended:\n%s", k+1, p.log())
		case <-time.After(30 * time.Second):
			q, _ := st.DocumentStats(ctx)
			t.Fatalf("kill %d: no claim in 30 s (queue %+v):\n%s", k+1, q, p.log())
		}
		// In the middle of the batch: its documents take tens of
		// milliseconds each.
		time.Sleep(time.Duration(rand.IntN(20)) * time.Millisecond)
		p.cmd.Process.Signal(syscall.SIGKILL)
		p.cmd.Wait()
		<-p.done
		if p.claims > p.batches { // the log has ended: no lock needed
			held++
		}
		workers[k%2] = startWorker(t, db)
	}
	t.Logf("%d kills, %d of them in the middle of a batch, in %s", faultKills, held, time.Since(start).Round(time.Millisecond))
	if held < faultKills*3/4 {
		t.Errorf("only %d of %d kills came in the middle of a batch", held, faultKills)
	}

	// The survivors finish the queue, the killed workers' documents once
	// their leases run out.
	deadline := time.Now().Add(90 * time.Second)
	for {
		q, err := st.DocumentStats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if q.Queued+q.Claimed == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not finished: %+v\n%s\n%s", q, workers[0].log(), workers[1].log())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// A stop asked for (SIGTERM) is a clean exit.
	for _, p := range workers {
		p.cmd.Process.Signal(syscall.SIGTERM)
	}
	for i, p := range workers {
		if err := p.cmd.Wait(); err != nil {
			t.Errorf("worker %d after SIGTERM: %v\n%s", i, err, p.log())
		}
	}

	q, err := st.DocumentStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (storage.QueueStats{Done: good, Failed: faultBad}); q != want {
		t.Errorf("documents at the end: %+v, want %+v", q, want)
	}
	fails, err := st.FailedDocuments(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		if !strings.Contains(f.Reason, "no text") {
			t.Errorf("document %s failed for %q, want only the documents without text", f.Name, f.Reason)
		}
	}
	n, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != good {
		t.Errorf("%d articles stored, want %d", n, good)
	}
	arts, err := st.Recent(ctx, 2*good)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, a := range arts {
		seen[a.URL]++
	}
	for _, u := range urls {
		if seen[u] != 1 {
			t.Errorf("%s stored %d times, want once", u, seen[u])
		}
	}
	if err := st.VerifyRollups(ctx); err != nil {
		t.Error(err)
	}
	t.Logf("done in %s", time.Since(start).Round(time.Millisecond))
}
