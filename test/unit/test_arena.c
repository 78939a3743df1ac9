/*
 * test_arena.c
 *	  The arena, its byte strings and its growable arrays.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"

/* An allocator over malloc that counts its calls and can be told to fail. */
typedef struct counting
{
	int			allocs;
	int			releases;
	size_t		bytes;
	int			fail_after;		/* < 0: never fail */
} counting;

static void *
counting_alloc(void *ctx, size_t size)
{
	counting   *c = ctx;

	if (c->fail_after >= 0 && c->allocs >= c->fail_after)
		return NULL;
	c->allocs++;
	c->bytes += size;
	return malloc(size);
}

static void
counting_release(void *ctx, void *ptr)
{
	counting   *c = ctx;

	c->releases++;
	free(ptr);
}

static void
init_is_empty(void **state)
{
	nt_arena	a;

	(void) state;
	memset(&a, 0x5A, sizeof(a));
	nt_arena_init(&a, &nt_malloc_allocator);
	assert_null(a.blocks);
	assert_int_equal(a.total, 0);
	assert_int_equal(a.left, 0);
	assert_false(a.failed);
	assert_null(a.on_oom);
	/* freeing an arena that never allocated is fine */
	nt_arena_free_all(&a);
	assert_int_equal(a.total, 0);
}

static void
many_allocations_do_not_overlap(void **state)
{
	enum
	{
		N = 20000
	};
	nt_arena	a;
	unsigned char **p = calloc(N, sizeof(unsigned char *));
	size_t	   *sz = calloc(N, sizeof(size_t));
	size_t		i,
				k;

	(void) state;
	assert_non_null(p);
	assert_non_null(sz);
	nt_arena_init(&a, &nt_malloc_allocator);
	for (i = 0; i < N; i++)
	{
		sz[i] = 1 + (i * 7919) % 300;
		p[i] = nt_arena_alloc(&a, sz[i]);
		assert_non_null(p[i]);
		memset(p[i], (int) (i & 0xFF), sz[i]);
	}
	/* every block still holds what was written to it */
	for (i = 0; i < N; i++)
		for (k = 0; k < sz[i]; k++)
			if (p[i][k] != (unsigned char) (i & 0xFF))
				fail_msg("allocation %zu byte %zu overwritten", i, k);
	assert_true(a.total >= N);
	assert_non_null(a.blocks);
	nt_arena_free_all(&a);
	assert_null(a.blocks);
	assert_int_equal(a.total, 0);
	free(p);
	free(sz);
}

static void
allocations_are_aligned(void **state)
{
	nt_arena	a;
	size_t		sizes[] = {1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 1000, 5000, 9000, 20000, 1};
	size_t		i;
	int			round;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	for (round = 0; round < 50; round++)
		for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		{
			void	   *p = nt_arena_alloc(&a, sizes[i]);
			void	   *q = nt_arena_alloc0(&a, sizes[i]);

			assert_int_equal((uintptr_t) p % _Alignof(max_align_t), 0);
			assert_int_equal((uintptr_t) q % _Alignof(max_align_t), 0);
			/* a double or a pointer can be stored there at once */
			if (sizes[i] >= sizeof(double))
				*(double *) p = 1.5;
			if (sizes[i] >= sizeof(void *))
				*(void **) q = p;
		}
	nt_arena_free_all(&a);
}

static void
zero_size_gives_distinct_pointers(void **state)
{
	nt_arena	a;
	char	   *p,
			   *q;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	p = nt_arena_alloc(&a, 0);
	q = nt_arena_alloc(&a, 0);
	assert_non_null(p);
	assert_non_null(q);
	assert_ptr_not_equal(p, q);
	nt_arena_free_all(&a);
}

static void
large_allocation_beside_small_ones(void **state)
{
	nt_arena	a;
	char	   *small1,
			   *big,
			   *small2;
	size_t		big_size = 3 * 1024 * 1024 + 5;
	size_t		i;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	small1 = nt_arena_alloc(&a, 10);
	memcpy(small1, "123456789", 10);
	big = nt_arena_alloc(&a, big_size);
	assert_non_null(big);
	memset(big, 'x', big_size);
	small2 = nt_arena_alloc(&a, 10);
	memcpy(small2, "abcdefghi", 10);
	assert_true(a.total >= big_size);
	assert_string_equal(small1, "123456789");
	assert_string_equal(small2, "abcdefghi");
	for (i = 0; i < big_size; i++)
		if (big[i] != 'x')
			fail_msg("byte %zu of the big block changed", i);
	nt_arena_free_all(&a);
}

static void
alloc0_zeroes_reused_memory(void **state)
{
	counting	c = {0, 0, 0, -1};
	nt_allocator al = {counting_alloc, counting_release, &c};
	nt_arena	a;
	unsigned char *p;
	size_t		i;
	int			round;

	(void) state;
	nt_arena_init(&a, &al);
	for (round = 0; round < 3; round++)
	{
		p = nt_arena_alloc(&a, 4000);
		memset(p, 0xFF, 4000);
		p = nt_arena_alloc(&a, 4000);
		memset(p, 0xFF, 4000);
		nt_arena_free_all(&a);
		/* malloc is likely to hand the same memory back */
		p = nt_arena_alloc0(&a, 8000);
		for (i = 0; i < 8000; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xEE, 8000);
		nt_arena_free_all(&a);
	}
	assert_int_equal(c.allocs, c.releases);
}

static void
allocator_calls_are_balanced(void **state)
{
	counting	c = {0, 0, 0, -1};
	nt_allocator al = {counting_alloc, counting_release, &c};
	nt_arena	a;
	int			i;

	(void) state;
	nt_arena_init(&a, &al);
	for (i = 0; i < 10000; i++)
		nt_arena_alloc(&a, 64);
	nt_arena_alloc(&a, 1 << 20);
	assert_true(c.allocs > 1);
	assert_int_equal(c.releases, 0);
	/* the arena counts what it got, headers aside */
	assert_true(a.total >= 10000 * 64 + (1 << 20));
	assert_true(a.total <= c.bytes);
	nt_arena_free_all(&a);
	assert_int_equal(c.releases, c.allocs);
	assert_int_equal(a.total, 0);
	/* usable again after free_all */
	nt_arena_alloc(&a, 10);
	assert_int_equal(c.allocs, c.releases + 1);
	nt_arena_free_all(&a);
	assert_int_equal(c.releases, c.allocs);
}

static jmp_buf oom_jump;
static int	oom_calls;

static void
on_oom(void *arg)
{
	oom_calls++;
	assert_ptr_equal(arg, &oom_calls);
	longjmp(oom_jump, 1);
}

static void
failed_allocation_calls_on_oom(void **state)
{
	/* static: they are read after longjmp */
	static counting c;
	static nt_allocator al;
	static nt_arena a;
	static int	allocated;

	(void) state;
	c = (counting) {0, 0, 0, 2};
	al = (nt_allocator) {counting_alloc, counting_release, &c};
	allocated = 0;
	oom_calls = 0;
	nt_arena_init(&a, &al);
	a.on_oom = on_oom;
	a.on_oom_arg = &oom_calls;
	if (setjmp(oom_jump) == 0)
	{
		/* 3 MB in 1 MB pieces: the third block is refused */
		for (;;)
		{
			nt_arena_alloc(&a, 1 << 20);
			allocated++;
		}
	}
	assert_int_equal(oom_calls, 1);
	assert_int_equal(allocated, 2);
	assert_true(a.failed);
	nt_arena_free_all(&a);
	assert_int_equal(c.releases, 2);
}

static void
strndup_copies_and_terminates(void **state)
{
	nt_arena	a;
	const char *src = "Pj. Bupati Kudus";
	char	   *d;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	d = nt_arena_strndup(&a, src, 3);
	assert_string_equal(d, "Pj.");
	assert_ptr_not_equal(d, src);
	d = nt_arena_strndup(&a, src, strlen(src));
	assert_string_equal(d, src);
	d = nt_arena_strndup(&a, "", 0);
	assert_string_equal(d, "");
	/* bytes after an embedded NUL are copied too */
	d = nt_arena_strndup(&a, "ab\0cd", 5);
	assert_memory_equal(d, "ab\0cd", 6);
	nt_arena_free_all(&a);
}

static void
buf_appends(void **state)
{
	nt_arena	a;
	nt_buf		b;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	nt_buf_init(&b, &a, 0);
	assert_non_null(b.data);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	nt_buf_append_str(&b, "memasang");
	nt_buf_append_char(&b, ' ');
	nt_buf_append(&b, "baliho calon", 6);
	assert_int_equal(b.len, 15);
	assert_string_equal(b.data, "memasang baliho");
	nt_buf_append(&b, "", 0);
	assert_int_equal(b.len, 15);
	assert_string_equal(b.data, "memasang baliho");
	assert_true(b.cap > b.len);
	/* multibyte text is copied byte for byte */
	nt_buf_append_str(&b, " é");
	assert_int_equal(b.len, 18);
	assert_string_equal(b.data, "memasang baliho é");
	nt_arena_free_all(&a);
}

static void
buf_grows(void **state)
{
	nt_arena	a;
	nt_buf		b;
	size_t		i;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	nt_buf_init(&b, &a, 4);
	for (i = 0; i < 100000; i++)
		nt_buf_append_char(&b, (char) ('a' + i % 26));
	assert_int_equal(b.len, 100000);
	assert_true(b.cap >= 100001);
	assert_int_equal(b.data[100000], '\0');
	for (i = 0; i < 100000; i++)
		if (b.data[i] != (char) ('a' + i % 26))
			fail_msg("byte %zu is %c", i, b.data[i]);
	/* one large append at once */
	{
		char	   *chunk = malloc(70000);

		assert_non_null(chunk);
		memset(chunk, 'z', 70000);
		nt_buf_append(&b, chunk, 70000);
		free(chunk);
	}
	assert_int_equal(b.len, 170000);
	assert_int_equal(b.data[99999], (char) ('a' + 99999 % 26));
	assert_int_equal(b.data[169999], 'z');
	assert_int_equal(b.data[170000], '\0');
	nt_arena_free_all(&a);
}

typedef struct triple
{
	int64_t		a;
	double		b;
	char		c[9];
} triple;

static void
vec_push_and_grow(void **state)
{
	nt_arena	a;
	nt_vec		v;
	size_t		i;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	nt_vec_init(&v, &a, sizeof(triple));
	assert_int_equal(v.count, 0);
	assert_int_equal(v.elem_size, sizeof(triple));
	for (i = 0; i < 10000; i++)
	{
		triple	   *t = nt_vec_push(&v);

		assert_non_null(t);
		/* a zeroed slot, even where older copies once were */
		assert_int_equal(t->a, 0);
		assert_true(t->b == 0.0);
		assert_int_equal(t->c[0], 0);
		assert_int_equal((uintptr_t) t % _Alignof(triple), 0);
		t->a = (int64_t) i * 3;
		t->b = (double) i / 2;
		t->c[0] = (char) ('A' + i % 26);
		assert_int_equal(v.count, i + 1);
		assert_true(v.cap >= v.count);
	}
	for (i = 0; i < 10000; i++)
	{
		const triple *t = &NT_VEC_AT(&v, triple, i);

		assert_int_equal(t->a, (int64_t) i * 3);
		assert_true(t->b == (double) i / 2);
		assert_int_equal(t->c[0], (char) ('A' + i % 26));
	}
	nt_arena_free_all(&a);
}

static void
vec_of_bytes_and_sizes(void **state)
{
	nt_arena	a;
	nt_vec		bytes,
				spans;
	size_t		i;

	(void) state;
	nt_arena_init(&a, &nt_malloc_allocator);
	nt_vec_init(&bytes, &a, 1);
	nt_vec_init(&spans, &a, 2 * sizeof(size_t));
	for (i = 0; i < 1000; i++)
	{
		char	   *c = nt_vec_push(&bytes);
		size_t	   *s = nt_vec_push(&spans);

		assert_int_equal(*c, 0);
		assert_true(s[0] == 0 && s[1] == 0);
		*c = (char) i;
		s[0] = i;
		s[1] = i * i;
	}
	assert_int_equal(bytes.count, 1000);
	assert_int_equal(spans.count, 1000);
	for (i = 0; i < 1000; i++)
	{
		assert_int_equal(NT_VEC_AT(&bytes, char, i), (char) i);
		assert_int_equal(((size_t *) spans.items)[2 * i], i);
		assert_int_equal(((size_t *) spans.items)[2 * i + 1], i * i);
	}
	nt_arena_free_all(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(init_is_empty),
		cmocka_unit_test(many_allocations_do_not_overlap),
		cmocka_unit_test(allocations_are_aligned),
		cmocka_unit_test(zero_size_gives_distinct_pointers),
		cmocka_unit_test(large_allocation_beside_small_ones),
		cmocka_unit_test(alloc0_zeroes_reused_memory),
		cmocka_unit_test(allocator_calls_are_balanced),
		cmocka_unit_test(failed_allocation_calls_on_oom),
		cmocka_unit_test(strndup_copies_and_terminates),
		cmocka_unit_test(buf_appends),
		cmocka_unit_test(buf_grows),
		cmocka_unit_test(vec_push_and_grow),
		cmocka_unit_test(vec_of_bytes_and_sizes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
