\set seed random(-2147483647, 2147483647)
SELECT soak.ids(:seed);
