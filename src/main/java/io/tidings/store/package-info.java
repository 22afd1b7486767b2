/**
 * The workspace's SQLite file: {@code Database} (one writer connection under a lock, each write one
 * {@code BEGIN IMMEDIATE} transaction; a pool of up to four read-only connections; {@code writeAlone} for a caller
 * with the file to itself), {@code Migrations} (one script each in {@code migrations/NNN-name.sql}, with a code step
 * where SQL alone cannot write the change; each in its own transaction), {@code AttributeColumns} (the endpoint
 * columns of custom names and the segment index over them) and {@code IndexBuild} (large index builds with a small
 * page cache). See docs/storage.md.
 */
package io.tidings.store;
