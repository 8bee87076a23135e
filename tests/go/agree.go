// The Go column of the cross-target agreement test (tests/test_agreement.py).
//
// tests/test_agreement.py builds it in a module that requires each spec's
// generated module, with a file of its own that fills table. Usage: agree SPEC,
// with cases on stdin, one a line:
//
//	<n or -> <size or -> <hex bytes or ->
//
// and one line out per case: the errno of VerdictBytes() on the bytes
// zero-extended to n, then the errno of Verdict(size) of the struct whose
// memory holds the bytes (at most the struct); 0 when accepted, - when the
// test asked for none.
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// verdicts are one package's two verdicts.
type verdicts struct {
	bytes  func(data []byte) error
	values func(head []byte, size uint64) error
}

var table = map[string]verdicts{}

func code(err error) string {
	if err == nil {
		return "0"
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		panic(err)
	}
	return strconv.Itoa(int(errno))
}

func main() {
	v, ok := table[os.Args[1]]
	if !ok {
		panic("no spec " + os.Args[1])
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		parts := strings.Split(in.Text(), " ")
		data := []byte{}
		if parts[2] != "-" {
			var err error
			if data, err = hex.DecodeString(parts[2]); err != nil {
				panic(err)
			}
		}
		first, second := "-", "-"
		if parts[0] != "-" {
			n, _ := strconv.Atoi(parts[0])
			full := make([]byte, n)
			copy(full, data)
			first = code(v.bytes(full))
		}
		if parts[1] != "-" {
			size, _ := strconv.ParseUint(parts[1], 10, 64)
			second = code(v.values(data, size))
		}
		fmt.Fprintln(out, first, second)
	}
}
