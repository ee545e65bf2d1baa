/* FOREACH (int x, nothing()) and YIELD(x) only in comments and strings:
 * the compiler gets this file untouched. */
const char *commented_text = "GENERATOR(int) f(void)";
