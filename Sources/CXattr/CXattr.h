// Extended attributes (flistxattr, fgetxattr, fsetxattr, fremovexattr), which the Glibc module
// does not include: output files keep their attributes and ACLs when they are replaced.
#include <sys/xattr.h>
