/* No generator here: "YIELD(" in a string and FOREACH (a, b) in a comment
 * do not count, so yieldc-cc hands this file to the compiler untouched. */
const char *word = "YIELD(";

int plain_sum(void)
{
    return 1;
}
