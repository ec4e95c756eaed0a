-- placeholder: the coordinator drops it at merge (the migrator wants no gaps)
SELECT 1;
