/** Deliberate violations of the architecture rules, proving that each rule catches its kind. */
package archfixture;
