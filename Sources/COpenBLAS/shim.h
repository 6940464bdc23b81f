// The C interface of OpenBLAS (Debian's libopenblas-dev), for large matrix products.
#include <cblas.h>
