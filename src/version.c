/*-------------------------------------------------------------------------
 *
 * version.c
 *	  The version of the loaded library and of the libraries it uses.
 *
 * A server can run a newer shared library than the SQL objects of a
 * database (before ALTER EXTENSION ... UPDATE), and the nodes of a sharded
 * setup can drift apart; this makes both visible from SQL.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/version.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "utils/builtins.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <hs.h>

/* Keep equal to default_version in netralitas.control. */
#define NETRALITAS_LIBRARY_VERSION "1.1"

PG_FUNCTION_INFO_V1(library_version);
Datum
library_version(PG_FUNCTION_ARGS)
{
	char		pcre_version[64];

	if (pcre2_config(PCRE2_CONFIG_VERSION, pcre_version) < 0)
		strlcpy(pcre_version, "unknown", sizeof(pcre_version));
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("netralitas %s (PCRE2 %s, Hyperscan %s, Snowball Indonesian)",
											  NETRALITAS_LIBRARY_VERSION,
											  pcre_version, hs_version())));
}
