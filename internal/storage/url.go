package storage

// Redact returns a store path fit to print: a PostgreSQL URL with its
// password replaced by "xxxxx", a file path as it is.
func Redact(path string) string {
	if IsPostgres(path) {
		return redactURL(path)
	}
	return path
}
