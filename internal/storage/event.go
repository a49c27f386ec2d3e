package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// EventKey is the key of the happening an event reports: its type, its
// actor and recipient (in either order for CONSULT, where a meeting has no
// direction) and its date — the event's own, or for an event the text does
// not date, the day the article was published (news reports what just
// happened). The place is not part of the key: one report names it and
// the next does not. Events of one happening reported in several
// sentences, articles or languages share the key, since entity ids do not
// depend on the language.
func EventKey(e model.Event, published time.Time) string {
	a, r := refID(e.Actor), refID(e.Recipient)
	if e.Type == "CONSULT" && r != "" && r < a {
		a, r = r, a
	}
	date := e.Date
	if date == "" && !published.IsZero() {
		date = published.UTC().Format("2006-01-02")
	}
	h := sha256.Sum256([]byte(strings.Join([]string{e.Type, a, r, date}, "\x1f")))
	return hex.EncodeToString(h[:8])
}

func refID(r *model.Ref) string {
	if r == nil {
		return ""
	}
	return r.ID
}

func refName(r *model.Ref) string {
	if r == nil {
		return ""
	}
	return r.Name
}

// saveEvents writes an article's events; negated events are not stored.
func (w *entityWriter) saveEvents(ctx context.Context, id int64, evs []model.Event, published time.Time) error {
	for _, k := range eventsInKeyOrder(evs, published) {
		e := k.Event
		if _, err := w.insertEvent.ExecContext(ctx, id, e.Start, e.End, e.Type, e.Cameo, refID(e.Actor), refName(e.Actor),
			refID(e.Recipient), refName(e.Recipient), e.Date, refID(e.Place), refName(e.Place), e.Trigger, e.Text, k.happening); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	return nil
}

// keyedEvent is an event with the key of its happening.
type keyedEvent struct {
	model.Event
	happening string
}

// eventsInKeyOrder returns the events of evs that are stored, in the
// order of their happenings' keys. The trigger on events locks the
// happening's rollup row until the transaction commits, and writers that
// take such locks in one order cannot deadlock on PostgreSQL. What is
// stored is what the analysis order would store: of events with the same
// key in the table (start, type, actor, recipient), the first; and the
// sort is stable, so the first report of a happening stays first (its
// row keeps that report's actor and recipient).
func eventsInKeyOrder(evs []model.Event, published time.Time) []keyedEvent {
	type rowKey struct {
		start                 int
		typ, actor, recipient string
	}
	seen := map[rowKey]bool{}
	var out []keyedEvent
	for _, e := range evs {
		if e.Negated || e.Actor == nil {
			continue
		}
		k := rowKey{e.Start, e.Type, refID(e.Actor), refID(e.Recipient)}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, keyedEvent{Event: e, happening: EventKey(e, published)})
	}
	slices.SortStableFunc(out, func(a, b keyedEvent) int { return strings.Compare(a.happening, b.happening) })
	return out
}

// EventQuery selects happenings. Zero fields do not restrict.
type EventQuery struct {
	// Actors and Recipients keep events with one of these entity ids in
	// that role; Involving keeps events with one of them in either role.
	Actors, Recipients, Involving []string
	// Types keeps these PLOVER types.
	Types    []string
	From, To time.Time
	Limit    int
	// Offset skips that many happenings, for paging.
	Offset int
}

// EventMention is one report of a happening: the sentence of an article.
type EventMention struct {
	ArticleID int64     `json:"article_id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Site      string    `json:"site"`
	Published time.Time `json:"published,omitzero"`
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Trigger   string    `json:"trigger"`
}

// Happening is one event with every report of it.
type Happening struct {
	Key      string         `json:"key"`
	Event    model.Event    `json:"event"`
	Mentions []EventMention `json:"mentions"`
}

// Events returns happenings, the most recently reported first, each with
// its mentions. An event's date is its own when the text gave one; the
// From/To filters apply to that date, or to the article's publication
// date when the event has none.
func (s *Store) Events(ctx context.Context, q EventQuery) ([]Happening, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var where strings.Builder
	var args []any
	in := func(col string, vals []string) {
		if len(vals) == 0 {
			return
		}
		where.WriteString(` AND ` + col + ` IN (?` + strings.Repeat(`, ?`, len(vals)-1) + `)`)
		for _, v := range vals {
			args = append(args, v)
		}
	}
	in("h.actor_id", q.Actors)
	in("h.recipient_id", q.Recipients)
	in("h.type", q.Types)
	if len(q.Involving) > 0 {
		ph := `(?` + strings.Repeat(`, ?`, len(q.Involving)-1) + `)`
		where.WriteString(` AND (h.actor_id IN ` + ph + ` OR h.recipient_id IN ` + ph + `)`)
		for range 2 {
			for _, v := range q.Involving {
				args = append(args, v)
			}
		}
	}
	if !q.From.IsZero() {
		where.WriteString(` AND h.day >= ?`)
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		where.WriteString(` AND h.day < ?`)
		args = append(args, q.To.Format("2006-01-02"))
	}
	args = append(args, q.Limit, max(q.Offset, 0))
	// The happenings rollup (migration 0005) orders and filters; the
	// events rows give each happening's mentions.
	rows, err := s.db.QueryContext(ctx, `WITH h AS (
			SELECT h.key, h.latest FROM happenings h
			WHERE 1 = 1`+where.String()+`
			ORDER BY h.latest DESC, h.key LIMIT ? OFFSET ?)
		SELECT e.happening, e.type, e.cameo, e.actor_id, e.actor, e.recipient_id, e.recipient, e.date, e.place_id, e.place,
			e.trigger, e.text, e.start, e."end", a.id, a.url, a.title, a.site, a.published
		FROM h JOIN events e ON e.happening = h.key JOIN articles a ON a.id = e.article_id
		ORDER BY h.latest DESC, h.key, coalesce(a.published, a.created_at), a.id, e.start, e.type, e.actor_id, e.recipient_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: events: %w", err)
	}
	defer rows.Close()
	var out []Happening
	for rows.Next() {
		var key, actorID, actor, recID, rec, placeID, place string
		var ev model.Event
		var m EventMention
		var published sql.NullString
		if err := rows.Scan(&key, &ev.Type, &ev.Cameo, &actorID, &actor, &recID, &rec, &ev.Date, &placeID, &place,
			&m.Trigger, &m.Text, &m.Start, &m.End, &m.ArticleID, &m.URL, &m.Title, &m.Site, &published); err != nil {
			return nil, err
		}
		if m.Published, err = parseTime(published); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Key != key {
			ev.Actor = &model.Ref{ID: actorID, Name: actor}
			if recID != "" {
				ev.Recipient = &model.Ref{ID: recID, Name: rec}
			}
			if placeID != "" {
				ev.Place = &model.Ref{ID: placeID, Name: place}
			}
			ev.Text, ev.Start, ev.End, ev.Trigger = m.Text, m.Start, m.End, m.Trigger
			out = append(out, Happening{Key: key, Event: ev})
		}
		h := &out[len(out)-1]
		if h.Event.Place == nil && placeID != "" {
			h.Event.Place = &model.Ref{ID: placeID, Name: place}
		}
		if h.Event.Date == "" && ev.Date != "" {
			h.Event.Date = ev.Date
		}
		h.Mentions = append(h.Mentions, m)
	}
	return out, rows.Err()
}

// RelationCount is the number of happenings between two entities in one
// month, by PLOVER quad class.
type RelationCount struct {
	Month string         `json:"month"` // YYYY-MM
	Count map[string]int `json:"count"` // quad class → happenings
}

// Relations counts the happenings between entities a and b, in either
// direction, per month (of the event's date, else of the article's
// publication) and PLOVER quad class: verbal and material cooperation and
// conflict.
func (s *Store) Relations(ctx context.Context, a, b string) ([]RelationCount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, type, substr(day, 1, 7) FROM happenings
		WHERE (actor_id = ?1 AND recipient_id = ?2) OR (actor_id = ?2 AND recipient_id = ?1)`, a, b)
	if err != nil {
		return nil, fmt.Errorf("storage: relations: %w", err)
	}
	defer rows.Close()
	byMonth := map[string]map[string]int{}
	seen := map[string]bool{}
	for rows.Next() {
		var key, typ, month string
		if err := rows.Scan(&key, &typ, &month); err != nil {
			return nil, err
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		if byMonth[month] == nil {
			byMonth[month] = map[string]int{}
		}
		byMonth[month][model.QuadClass(typ)]++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []RelationCount
	for m, c := range byMonth {
		out = append(out, RelationCount{Month: m, Count: c})
	}
	sortRelations(out)
	return out, nil
}

func sortRelations(rs []RelationCount) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Month < rs[j-1].Month; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}
