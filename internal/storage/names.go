package storage

import (
	"context"
	"fmt"
)

// EntityName is an entity's names and type, without counts.
type EntityName struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameAr string `json:"name_ar"`
	Type   string `json:"type"`
}

// EntityNames returns the names of the entities with these ids, by id;
// ids the store does not know are left out. It is one indexed lookup, for
// pages that show many entities named by id (quotations, events) in the
// reader's language.
func (s *Store) EntityNames(ctx context.Context, ids []string) (map[string]EntityName, error) {
	out := make(map[string]EntityName, len(ids))
	seen := make(map[string]bool, len(ids))
	var args []any
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			args = append(args, id)
		}
	}
	// SQLite allows 32766 parameters; pages ask for tens.
	for len(args) > 0 {
		batch := args[:min(len(args), 500)]
		args = args[len(batch):]
		rows, err := s.db.QueryContext(ctx, `SELECT id, name, name_ar, type FROM entities WHERE id IN `+placeholders(len(batch)), batch...)
		if err != nil {
			return nil, fmt.Errorf("storage: entity names: %w", err)
		}
		for rows.Next() {
			var e EntityName
			if err := rows.Scan(&e.ID, &e.Name, &e.NameAr, &e.Type); err != nil {
				rows.Close()
				return nil, fmt.Errorf("storage: entity names: %w", err)
			}
			out[e.ID] = e
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("storage: entity names: %w", err)
		}
	}
	return out, nil
}
