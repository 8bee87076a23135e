// The verdict of a generated Go package on (bytes, size) cases, one a line on
// stdin, as tests/kharness/generic_verdict.c reads them (see
// tests/rust/verdict.rs). Prints 0 or the errno of gen.VerdictBytes().
// tests/test_go.py builds it in a module that requires the generated module,
// writing its module path for clonegen.invalid/gen.
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	gen "clonegen.invalid/gen"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		parts := strings.Split(in.Text(), " ")
		size, _ := strconv.Atoi(parts[0])
		data := make([]byte, size)
		if parts[1] != "-" {
			head, err := hex.DecodeString(parts[1])
			if err != nil {
				panic(err)
			}
			copy(data, head)
		}
		if len(parts) > 2 {
			at, _ := strconv.Atoi(parts[2])
			data[at] = 0x5a
		}
		code := 0
		if err := gen.VerdictBytes(data); err != nil {
			var refusal *gen.Error
			if !errors.As(err, &refusal) {
				panic(err)
			}
			code = int(refusal.Errno)
		}
		fmt.Fprintln(out, code)
	}
}
