/** Single sign-on screens: the admin's provider settings and the page a refused sign-in lands on. */
package org.matchwise.sso.ui;
