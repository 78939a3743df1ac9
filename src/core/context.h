/*-------------------------------------------------------------------------
 *
 * context.h
 *	  What every text function of the core receives from its caller.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/context.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_CONTEXT_H
#define NETRALITAS_CONTEXT_H

#include "arena.h"

typedef struct nt_context
{
	nt_arena   *arena;

	/*
	 * Called every so often in long loops.  In the server it runs
	 * CHECK_FOR_INTERRUPTS(), which may jump out: core code holds nothing
	 * but arena memory across a call, so that is safe.  May be NULL.
	 */
	void		(*check_interrupts) (void *arg);
	void	   *check_interrupts_arg;
} nt_context;

static inline void
nt_check_interrupts(const nt_context *ctx)
{
	if (ctx->check_interrupts != NULL)
		ctx->check_interrupts(ctx->check_interrupts_arg);
}

#endif							/* NETRALITAS_CONTEXT_H */
