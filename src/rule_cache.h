/*-------------------------------------------------------------------------
 *
 * rule_cache.h
 *	  Per-backend cache of patterns compiled from a rule table.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/rule_cache.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_RULE_CACHE_H
#define NETRALITAS_RULE_CACHE_H

#include "postgres.h"

#include "fmgr.h"

typedef struct nt_rule_cache
{
	const char *table;			/* table name in the extension's schema */
	Oid			relid;			/* InvalidOid: (re)load on next use */
	void	   *compiled;
	void		(*free_compiled) (void *compiled);
	/* read the table (through SPI) and compile it; must not return NULL */
	void	   *(*load) (const char *qualified_table);
	bool		linked;			/* in the list that invalidation walks */
	struct nt_rule_cache *next;
} nt_rule_cache;

/*
 * The compiled rules, loaded when first needed and again after the table
 * changed.  "fcinfo" is a function of the extension: its schema is where
 * the table lives.
 */
extern void *nt_rule_cache_get(nt_rule_cache *cache, FunctionCallInfo fcinfo);

#endif							/* NETRALITAS_RULE_CACHE_H */
