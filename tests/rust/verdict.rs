// The verdict of a generated Rust module on (bytes, size) cases, one a line on stdin:
//
//	<size> <hex bytes or -> [<tail offset>]
//
// as tests/kharness/generic_verdict.c reads them: the bytes start the struct,
// every other byte up to size is zero, a tail offset puts a non-zero byte there.
// Prints one line per case: 0 or the errno of S::verdict_bytes().
// Included by tests/test_rust.py after `mod gen; use gen::<Struct> as S;`.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let mut parts = line.split(' ');
        let size: usize = parts.next().unwrap().parse().unwrap();
        let hex = parts.next().unwrap();
        let mut data = vec![0u8; size];
        if hex != "-" {
            for (i, pair) in hex.as_bytes().chunks(2).enumerate() {
                data[i] = u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap();
            }
        }
        if let Some(tail) = parts.next() {
            data[tail.parse::<usize>().unwrap()] = 0x5a;
        }
        let code = match S::verdict_bytes(&data) {
            Ok(()) => 0,
            Err(e) => e.errno.0,
        };
        writeln!(out, "{}", code).unwrap();
    }
}
