-- placeholder: the sagamon helper's migration number; the coordinator drops this file at merge.
SELECT 1;
