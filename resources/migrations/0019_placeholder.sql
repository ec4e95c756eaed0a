-- placeholder: the coordinator drops this at merge.
SELECT 1;
