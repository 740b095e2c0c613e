/** Tests that hold the documents in docs/ and the README against the code they describe. */
package io.postbot.web.docs;
