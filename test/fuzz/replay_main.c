/*
 * replay_main.c
 *	  Runs a libFuzzer target over every file of a directory without
 *	  libFuzzer, so that the seed corpus and the inputs that once crashed
 *	  are replayed by "make test" with any compiler.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *buf;
	long		len;

	if (f == NULL)
		return -1;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	/* an exact-size heap copy lets ASan see reads past the end */
	buf = malloc(len > 0 ? (size_t) len : 1);
	if (buf == NULL || fread(buf, 1, (size_t) len, f) != (size_t) len)
	{
		fclose(f);
		free(buf);
		return -1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, (size_t) len);
	free(buf);
	return 0;
}

int
main(int argc, char **argv)
{
	int			i,
				count = 0;

	for (i = 1; i < argc; i++)
	{
		DIR		   *dir = opendir(argv[i]);
		struct dirent *entry;

		if (dir == NULL)
		{
			if (replay_file(argv[i]) != 0)
			{
				fprintf(stderr, "cannot read %s\n", argv[i]);
				return 1;
			}
			count++;
			continue;
		}
		while ((entry = readdir(dir)) != NULL)
		{
			char		path[4096];

			if (entry->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i], entry->d_name);
			if (replay_file(path) != 0)
			{
				fprintf(stderr, "cannot read %s\n", path);
				closedir(dir);
				return 1;
			}
			count++;
		}
		closedir(dir);
	}
	printf("%s: replayed %d inputs\n", argv[0], count);
	return 0;
}
