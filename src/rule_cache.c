/*-------------------------------------------------------------------------
 *
 * rule_cache.c
 *	  Per-backend cache of patterns compiled from a rule table.
 *
 * Compiling rules (PCRE2 JIT and Hyperscan) is far too slow to do per
 * call, so each backend keeps the compiled form.  The rule tables carry a
 * statement trigger that sends a relcache invalidation for the table;
 * every backend receives it through the callback below and drops its copy,
 * so the next call sees the change.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/rule_cache.c
 *
 *-------------------------------------------------------------------------
 */
#include "rule_cache.h"

#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"

static nt_rule_cache *caches = NULL;
static bool callback_registered = false;

static void
invalidate(Datum arg, Oid relid)
{
	nt_rule_cache *c;

	(void) arg;
	for (c = caches; c != NULL; c = c->next)
	{
		if (relid != InvalidOid && relid != c->relid)
			continue;
		c->relid = InvalidOid;
		if (c->compiled != NULL)
		{
			c->free_compiled(c->compiled);
			c->compiled = NULL;
		}
	}
}

void *
nt_rule_cache_get(nt_rule_cache *cache, FunctionCallInfo fcinfo)
{
	Oid			schema;
	char	   *qualified;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(invalidate, (Datum) 0);
		callback_registered = true;
	}
	/* a flag, not "next == NULL": the first cache linked is the tail */
	if (!cache->linked)
	{
		cache->next = caches;
		caches = cache;
		cache->linked = true;
	}
	if (cache->compiled != NULL && OidIsValid(cache->relid))
		return cache->compiled;
	if (cache->compiled != NULL)
	{
		cache->free_compiled(cache->compiled);
		cache->compiled = NULL;
	}
	schema = get_func_namespace(fcinfo->flinfo->fn_oid);
	cache->relid = get_relname_relid(cache->table, schema);
	qualified = psprintf("%s.%s", quote_identifier(get_namespace_name(schema)),
						 quote_identifier(cache->table));
	cache->compiled = cache->load(qualified);
	return cache->compiled;
}
