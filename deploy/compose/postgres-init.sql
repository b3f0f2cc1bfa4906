-- Run by the postgres image on its first start (empty data volume). Each process application has
-- a database of its own (Camunda's tables and its event store), and so has the platform (the view).
CREATE DATABASE flowpool_orders;
CREATE DATABASE flowpool_invoices;
CREATE DATABASE flowpool_platform;
