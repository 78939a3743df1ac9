/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Shims over differences between PostgreSQL major versions (13-17).
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/compat.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_COMPAT_H
#define NETRALITAS_COMPAT_H

#include "funcapi.h"

#if PG_VERSION_NUM >= 160000
#define nt_init_materialized_srf(fcinfo) InitMaterializedSRF((fcinfo), 0)
#elif PG_VERSION_NUM >= 150000
/* 15.0-15.1 only have the first name of the function; it stayed as an alias. */
#define nt_init_materialized_srf(fcinfo) SetSingleFuncCall((fcinfo), 0)
#else
extern void nt_init_materialized_srf(FunctionCallInfo fcinfo);
#define NT_NEED_MATERIALIZED_SRF_SHIM 1
#endif

#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

#endif							/* NETRALITAS_COMPAT_H */
