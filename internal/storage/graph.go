package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// GraphQuery selects the actor graph. Zero fields do not restrict.
type GraphQuery struct {
	// From and To bound the events' dates (their own, else their
	// article's publication day); To is exclusive.
	From, To time.Time
	// Limit is the most edges, the heaviest first: 50 when zero or less.
	Limit int
}

// GraphNode is an entity of the actor graph.
type GraphNode struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameAr string `json:"name_ar"`
	Type   string `json:"type"`
	// Events is the number of happenings of the graph it takes part in.
	Events int `json:"events"`
}

// GraphEdge joins two entities that took part in events together, either
// one as actor: Source < Target by id. Count has the happenings by PLOVER
// quad class (see model.QuadClass).
type GraphEdge struct {
	Source string         `json:"source"`
	Target string         `json:"target"`
	Total  int            `json:"total"`
	Count  map[string]int `json:"count"`
}

// Graph is the actor graph of a period.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// ActorGraph returns the entities that acted on one another in the
// period, and the number of happenings between each pair by quad class.
func (s *Store) ActorGraph(ctx context.Context, q GraphQuery) (*Graph, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	day := `day`
	where := `recipient_id <> '' AND recipient_id <> actor_id`
	var args []any
	if !q.From.IsZero() {
		where += ` AND ` + day + ` >= ?`
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		where += ` AND ` + day + ` < ?`
		args = append(args, q.To.Format("2006-01-02"))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT actor_id, recipient_id, type, count(*)
		FROM happenings WHERE `+where+` GROUP BY actor_id, recipient_id, type`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: actor graph: %w", err)
	}
	defer rows.Close()
	type pair struct{ a, b string }
	edges := map[pair]*GraphEdge{}
	for rows.Next() {
		var actor, rec, typ string
		var n int
		if err := rows.Scan(&actor, &rec, &typ, &n); err != nil {
			return nil, fmt.Errorf("storage: actor graph: %w", err)
		}
		p := pair{min(actor, rec), max(actor, rec)}
		e := edges[p]
		if e == nil {
			e = &GraphEdge{Source: p.a, Target: p.b, Count: map[string]int{}}
			edges[p] = e
		}
		e.Count[model.QuadClass(typ)] += n
		e.Total += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: actor graph: %w", err)
	}
	g := &Graph{Nodes: []GraphNode{}, Edges: make([]GraphEdge, 0, len(edges))}
	for _, e := range edges {
		g.Edges = append(g.Edges, *e)
	}
	slices.SortFunc(g.Edges, func(x, y GraphEdge) int {
		return cmp.Or(cmp.Compare(y.Total, x.Total), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	if len(g.Edges) > q.Limit {
		g.Edges = g.Edges[:q.Limit]
	}
	weight := map[string]int{}
	for _, e := range g.Edges {
		weight[e.Source] += e.Total
		weight[e.Target] += e.Total
	}
	for id, w := range weight {
		n := GraphNode{ID: id, Events: w}
		err := s.db.QueryRowContext(ctx, `SELECT name, name_ar, type FROM entities WHERE id = ?`, id).Scan(&n.Name, &n.NameAr, &n.Type)
		if err != nil {
			return nil, fmt.Errorf("storage: actor graph: entity %q: %w", id, err)
		}
		g.Nodes = append(g.Nodes, n)
	}
	slices.SortFunc(g.Nodes, func(x, y GraphNode) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.ID, y.ID))
	})
	return g, nil
}

// AmountHit is a stored amount with its article.
type AmountHit struct {
	model.Amount
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Site      string    `json:"site"`
	Published time.Time `json:"published,omitzero"`
}

// AmountQuery selects amounts. Zero fields do not restrict.
type AmountQuery struct {
	// Kind keeps one kind (level, change, share, count, …); Unit one unit
	// ("USD", "%", …).
	Kind, Unit string
	From, To   time.Time
	Limit      int
	// Offset skips that many amounts, for paging.
	Offset int
}

// Amounts returns stored amounts, newest article first.
func (s *Store) Amounts(ctx context.Context, q AmountQuery) ([]AmountHit, error) {
	limit := pageLimit(q.Limit)
	where := ``
	var args []any
	if q.Kind != "" {
		where += ` AND m.kind = ?`
		args = append(args, q.Kind)
	}
	if q.Unit != "" {
		where += ` AND m.unit = ?`
		args = append(args, q.Unit)
	}
	if !q.From.IsZero() {
		where += ` AND a.published >= ?`
		args = append(args, dbTime(q.From))
	}
	if !q.To.IsZero() {
		where += ` AND a.published < ?`
		args = append(args, dbTime(q.To))
	}
	args = append(args, limit, max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, `SELECT m.article_id, m.start, m."end", m.value, m.unit, m.kind, m.direction, m.approx,
			m.object, m.period, m.text, a.title, a.url, a.site, a.published
		FROM articles a `+s.db.dialect.orderedJoin()+` amounts m ON m.article_id = a.id
		WHERE 1 = 1`+where+`
		ORDER BY coalesce(a.published, a.created_at) DESC, a.id DESC, m.start, m."end" LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: amounts: %w", err)
	}
	defer rows.Close()
	out := []AmountHit{}
	for rows.Next() {
		var h AmountHit
		var published sql.NullString
		if err := rows.Scan(&h.ArticleID, &h.Start, &h.End, &h.Value, &h.Unit, &h.Kind, &h.Direction, &h.Approx,
			&h.Object, &h.Period, &h.Text, &h.Title, &h.URL, &h.Site, &published); err != nil {
			return nil, fmt.Errorf("storage: amounts: %w", err)
		}
		if h.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("storage: amounts: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
