// The Rust column of the cross-target agreement test (tests/test_agreement.py).
//
// tests/test_agreement.py writes the crate root: one `mod` per spec's generated
// module, this file, and `fn table(spec: &str) -> Option<Verdicts>` built with
// `verdicts!(module, Struct)`. Usage: agree SPEC, with cases on stdin, one a line:
//
//	<n or -> <size or -> <hex bytes or ->
//
// and one line out per case: the errno of Struct::verdict_bytes() on the bytes
// zero-extended to n, then the errno of Struct::from_bytes(the bytes, at most
// the struct).verdict(size); 0 when accepted, - when the test asked for none.

use std::io::{BufRead, Write};

/// (the verdict of bytes, the verdict of values read from bytes and a size)
type Verdicts = (fn(&[u8]) -> i32, fn(&[u8], usize) -> i32);

macro_rules! verdicts {
    ($module:ident, $struct:ident) => {
        (
            |data: &[u8]| match $module::$struct::verdict_bytes(data) {
                Ok(()) => 0,
                Err(e) => e.errno.0,
            },
            |head: &[u8], size: usize| {
                let n = if head.len() < $module::SIZE_LATEST { head.len() } else { $module::SIZE_LATEST };
                let value = $module::$struct::from_bytes(&head[..n]).expect("a struct's own bytes");
                match value.verdict(size) {
                    Ok(()) => 0,
                    Err(e) => e.errno.0,
                }
            },
        )
    };
}

fn unhex(text: &str) -> Vec<u8> {
    if text == "-" {
        return Vec::new();
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

fn main() {
    let spec = std::env::args().nth(1).expect("usage: agree SPEC");
    let (of_bytes, of_values) = table(&spec).expect("a spec of this program");
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let parts: Vec<&str> = line.split(' ').collect();
        let bytes = unhex(parts[2]);
        let first = match parts[0] {
            "-" => "-".to_string(),
            n => {
                let mut data = bytes.clone();
                data.resize(n.parse::<usize>().unwrap().max(bytes.len()), 0);
                of_bytes(&data).to_string()
            }
        };
        let second = match parts[1] {
            "-" => "-".to_string(),
            size => of_values(&bytes, size.parse::<u64>().unwrap() as usize).to_string(),
        };
        writeln!(out, "{} {}", first, second).unwrap();
    }
}
