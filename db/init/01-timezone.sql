-- Runs once, when the PostgreSQL volume of docker-compose.yml is first created
-- (/docker-entrypoint-initdb.d). The application's Flyway migrations own the schema: no tables here.
-- Show times in Beijing time in psql and pg_dump sessions; the application sets its own time zone.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'Asia/Shanghai');
END
$$;
